# ITO_O1s: least-squares (background: expert), χ²_ν 4.949 (expert's curve 6.449)
#
# Standalone gnuplot script of the figure 'ITO_O1s-least-squares-expert' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot ITO_O1s-least-squares-expert.gp
# It reads ITO_O1s-least-squares-expert.dat (one gnuplot 'index' block per series) and writes ITO_O1s-least-squares-expert.png and ITO_O1s-least-squares-expert.svg.
# park2020-table1-weak — profile: default — commit c305453a4e — network from park2020-training-weak/run (commit b8cb5ea12a)

if (!exists("outstem")) outstem = "ITO_O1s-least-squares-expert"
datafile = "ITO_O1s-least-squares-expert.dat"
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
    set title "ITO_O1s: least-squares (background: expert), χ²_ν 4.949 (expert's curve 6.449)" font ",16.099999999999998"
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
    set key inside top left Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    plot datafile index 0 using 1:3:2 with filledcurves fs transparent solid 0.3 noborder lc rgb "#0072B2" title "peak 1: 530.197 eV, w 0.922 eV", \
         datafile index 0 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle, \
         datafile index 1 using 1:3:2 with filledcurves fs transparent solid 0.3 noborder lc rgb "#009E73" title "peak 2: 530.715 eV, w 1.747 eV", \
         datafile index 1 using 1:2 with lines lw 1.5 lc rgb "#009E73" notitle, \
         datafile index 2 using 1:3:2 with filledcurves fs transparent solid 0.3 noborder lc rgb "#CC79A7" title "peak 3: 532.081 eV, w 1.727 eV", \
         datafile index 2 using 1:2 with lines lw 1.5 lc rgb "#CC79A7" notitle, \
         datafile index 3 using 1:2 with lines lw 2 lc rgb "#000000" title "background", \
         datafile index 4 using 1:2 with points pt 6 ps 0.7 lc rgb "#000000" title "measured", \
         datafile index 5 using 1:2 with lines lw 2 lc rgb "#D55E00" title "fit"
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
    set yrange [-2000:2000]
    set autoscale xfix
    set ytics ("-2000" -2000, "-1000" -1000, "0" 0, "1000" 1000, "2000" 2000) nomirror
    unset key
    set label 1001 "park2020-table1-weak — profile: default — commit c305453a4e — network from park2020-training-weak/run (commit b8cb5ea12a)" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot 0 with lines lw 1 lc rgb "#777777" notitle, \
         datafile index 6 using 1:2 with lines lw 2 lc rgb "#000000" title "residual"
    unset multiplot
    unset output
}
