# Centre and width error by overlap (all true peaks of the spectrum)
#
# Standalone gnuplot script of the figure 'overlap-mae' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot overlap-mae.gp
# It reads overlap-mae.dat (one gnuplot 'index' block per series) and writes overlap-mae.png and overlap-mae.svg.
# park2020-training — profile: default — commit b94cdd8767

if (!exists("outstem")) outstem = "overlap-mae"
datafile = "overlap-mae.dat"
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
    set title "Centre and width error by overlap (all true peaks of the spectrum)" font ",16.099999999999998"
    set xlabel "overlap ratio ρ = separation ÷ mean width of the closest pair"
    set ylabel "mean absolute error (eV, 1 x unit = 4/3 eV)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*]
    set yrange [0:*]
    set arrow 1 from 1, graph 0 to 1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 1 "ρ = 1" at 1, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set autoscale xfix
    set key inside top right Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    set offsets graph 0.025, graph 0.025, graph 0.1042564451500718, 0
    set label 1001 "park2020-training — profile: default — commit b94cdd8767" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with linespoints lw 2 pt 7 ps 1 pi 1 lc rgb "#0072B2" title "centre (run)", \
         datafile index 1 using 1:2 with lines lw 2 lc rgb "#0072B2" title "width (run)"
    unset output
}
