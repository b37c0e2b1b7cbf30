# Test spectrum 6: 3 peaks, predicted 3 (run)
#
# Standalone gnuplot script of the figure 'examples-run-6' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot examples-run-6.gp
# It reads examples-run-6.dat (one gnuplot 'index' block per series) and writes examples-run-6.png and examples-run-6.svg.
# park2020-training — profile: default — commit b94cdd8767

if (!exists("outstem")) outstem = "examples-run-6"
datafile = "examples-run-6.dat"
formats = "png svg"

do for [fmt in formats] {
    if (fmt eq "png") {
        set terminal pngcairo size 1200,800 font "DejaVu Sans,14" noenhanced background "#FFFFFF"
    } else {
        set terminal svg size 1200,800 font "DejaVu Sans,14" fontscale 1.3333 noenhanced background "#FFFFFF"
    }
    set output outstem.".".fmt
    reset
    set encoding utf8
    set origin 0, 0.03966666666666667
    set size 1, 0.9603333333333334
    set title "Test spectrum 6: 3 peaks, predicted 3 (run)" font ",16.099999999999998"
    set xlabel "x (paper 1 units; 1 unit = 4/3 eV)"
    set ylabel "intensity (normalised)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*]
    set yrange [*:*]
    set autoscale xfix
    set key inside top right Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    set autoscale yfixmax
    set offsets graph 0.025, graph 0.025, graph 0.564909848400028, 0
    set label 1001 "park2020-training — profile: default — commit b94cdd8767" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "true peak 1", \
         datafile index 0 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle, \
         datafile index 1 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#009E73" title "true peak 2", \
         datafile index 1 using 1:2 with lines lw 1.5 lc rgb "#009E73" notitle, \
         datafile index 2 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#CC79A7" title "true peak 3", \
         datafile index 2 using 1:2 with lines lw 1.5 lc rgb "#CC79A7" notitle, \
         datafile index 3 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#E69F00" title "predicted peak 1", \
         datafile index 3 using 1:2 with lines lw 1.5 lc rgb "#E69F00" notitle, \
         datafile index 4 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#56B4E9" title "predicted peak 2", \
         datafile index 4 using 1:2 with lines lw 1.5 lc rgb "#56B4E9" notitle, \
         datafile index 5 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#F0E442" title "predicted peak 3", \
         datafile index 5 using 1:2 with lines lw 1.5 lc rgb "#F0E442" notitle, \
         datafile index 6 using 1:2 with points pt 6 ps 0.7 lc rgb "#000000" title "measured"
    unset output
}
