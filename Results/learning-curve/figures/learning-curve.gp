# Exact-match accuracy against the number of training spectra
#
# Standalone gnuplot script of the figure 'learning-curve' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot learning-curve.gp
# It reads learning-curve.dat (one gnuplot 'index' block per series) and writes learning-curve.png and learning-curve.svg.
# learning-curve — profile: default — commit 2d479e1359

if (!exists("outstem")) outstem = "learning-curve"
datafile = "learning-curve.dat"
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
    set title "Exact-match accuracy against the number of training spectra" font ",16.099999999999998"
    set xlabel "training spectra"
    set ylabel "exact-match accuracy (%)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*]
    set yrange [*:*]
    set autoscale xfix
    set key inside top right Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    set offsets graph 0.025, graph 0.025, graph 0, 0
    set label 1001 "learning-curve — profile: default — commit 2d479e1359" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with linespoints lw 2 pt 7 ps 1 pi 1 lc rgb "#0072B2" title "ours", \
         datafile index 1 using 1:2 with linespoints dt 2 lw 2.5 pt 6 ps 1.4 lc rgb "#D55E00" title "published"
    unset output
}
