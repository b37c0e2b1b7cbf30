# automatic-start-poisson: χ² 4625.4, χ²_ν 4.754
#
# Standalone gnuplot script of the figure 'fit-automatic-start-poisson' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot fit-automatic-start-poisson.gp
# It reads fit-automatic-start-poisson.dat (one gnuplot 'index' block per series) and writes fit-automatic-start-poisson.png and fit-automatic-start-poisson.svg.
# feo-fe2p — commit 87e4762cf1 — measured/fits/FeO_analyzed.vms block 0

if (!exists("outstem")) outstem = "fit-automatic-start-poisson"
datafile = "fit-automatic-start-poisson.dat"
formats = "png svg"

do for [fmt in formats] {
    if (fmt eq "png") {
        set terminal pngcairo size 1200,800 font "DejaVu Sans,14" noenhanced background "#FFFFFF"
    } else {
        set terminal svg size 1200,800 font "DejaVu Sans,14" fontscale 1.3333 noenhanced background "#FFFFFF"
    }
    set output outstem.".".fmt
    set multiplot
    reset
    set encoding utf8
    set origin 0, 0.30856000000000006
    set size 1, 0.69144
    set title "automatic-start-poisson: χ² 4625.4, χ²_ν 4.754" font ",16.099999999999998"
    set format x ""
    unset xlabel
    set bmargin 0.6
    set lmargin 12
    set rmargin 4
    set ylabel "intensity (counts)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set key inside top right Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    set autoscale yfixmax
    set offsets graph 0, graph 0, graph 0.8798936044268462, 0
    plot datafile index 0 using 1:3:2 with filledcurves fs transparent solid 0.3 noborder lc rgb "#0072B2" title "1: LF(0.54,10,80,100,6) 709.07 eV", \
         datafile index 0 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle, \
         datafile index 1 using 1:3:2 with filledcurves fs transparent solid 0.3 noborder lc rgb "#009E73" title "2: SGL(30) 716.00 eV", \
         datafile index 1 using 1:2 with lines lw 1.5 lc rgb "#009E73" notitle, \
         datafile index 2 using 1:3:2 with filledcurves fs transparent solid 0.3 noborder lc rgb "#CC79A7" title "3: LF(0.54,10,80,100,6) 722.09 eV", \
         datafile index 2 using 1:2 with lines lw 1.5 lc rgb "#CC79A7" notitle, \
         datafile index 3 using 1:3:2 with filledcurves fs transparent solid 0.3 noborder lc rgb "#E69F00" title "4: SGL(30) 729.97 eV", \
         datafile index 3 using 1:2 with lines lw 1.5 lc rgb "#E69F00" notitle, \
         datafile index 4 using 1:2 with lines lw 2 lc rgb "#000000" title "background", \
         datafile index 5 using 1:2 with points pt 6 ps 0.7 lc rgb "#000000" title "measured", \
         datafile index 6 using 1:2 with lines lw 2 lc rgb "#D55E00" title "fit"
    reset
    set encoding utf8
    set origin 0, 0.03966666666666667
    set size 1, 0.2688933333333334
    set xlabel "binding energy (eV)"
    set tmargin 0.6
    set lmargin 12
    set rmargin 4
    set ylabel "residual (counts)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [-1000:1000]
    set autoscale xfix
    set ytics ("-1000" -1000, "-500" -500, "0" 0, "500" 500, "1000" 1000) nomirror
    unset key
    set label 1001 "feo-fe2p — commit 87e4762cf1 — measured/fits/FeO_analyzed.vms block 0" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot 0 with lines lw 1 lc rgb "#777777" notitle, \
         datafile index 7 using 1:2 with lines lw 2 lc rgb "#000000" title "residual"
    unset multiplot
    unset output
}
