# Micro F1 against the maximum charging shift
#
# Standalone gnuplot script of the figure 'micro-f1-vs-shift' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot micro-f1-vs-shift.gp
# It reads micro-f1-vs-shift.dat (one gnuplot 'index' block per series) and writes micro-f1-vs-shift.png and micro-f1-vs-shift.svg.
# shift-sweep — profile: default — commit 0f81b080aa

if (!exists("outstem")) outstem = "micro-f1-vs-shift"
datafile = "micro-f1-vs-shift.dat"
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
    set title "Micro F1 against the maximum charging shift" font ",16.099999999999998"
    set xlabel "maximum charging shift (eV)"
    set ylabel "micro F1"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*]
    set yrange [*:*]
    set autoscale xfix
    set key inside bottom left Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    set offsets graph 0.025, graph 0.025, graph 0, 0
    set label 1001 "shift-sweep — profile: default — commit 0f81b080aa" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with linespoints lw 2 pt 7 ps 1 pi 1 lc rgb "#0072B2" title "cnn", \
         datafile index 1 using 1:2 with linespoints lw 2 pt 5 ps 1 pi 1 lc rgb "#D55E00" title "cnn-dense", \
         datafile index 2 using 1:2 with linespoints lw 2 pt 9 ps 1 pi 1 lc rgb "#009E73" title "mlp", \
         datafile index 3 using 1:2 with linespoints lw 2 pt 11 ps 1 pi 1 lc rgb "#CC79A7" title "ref-mlp", \
         datafile index 4 using 1:2 with linespoints lw 2 pt 13 ps 1 pi 1 lc rgb "#E69F00" title "stn", \
         datafile index 5 using 1:2 with linespoints lw 2 pt 15 ps 1 pi 1 lc rgb "#56B4E9" title "stn-curriculum", \
         datafile index 6 using 1:2 with linespoints lw 2 pt 4 ps 1 pi 1 lc rgb "#000000" title "stn-local", \
         datafile index 7 using 1:2 with linespoints lw 2 pt 6 ps 1 pi 1 lc rgb "#F0E442" title "stn-warm"
    unset output
}
