# Training and validation loss — model ref-mlp (first repeat)
#
# Standalone gnuplot script of the figure 'loss-ref-mlp' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot loss-ref-mlp.gp
# It reads loss-ref-mlp.dat (one gnuplot 'index' block per series) and writes loss-ref-mlp.png and loss-ref-mlp.svg.
# shift-sweep — profile: default — commit 0f81b080aa

if (!exists("outstem")) outstem = "loss-ref-mlp"
datafile = "loss-ref-mlp.dat"
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
    set title "Training and validation loss — model ref-mlp (first repeat)" font ",16.099999999999998"
    set xlabel "epoch"
    set ylabel "loss (mean binary cross-entropy, nats)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [1:*]
    set yrange [*:*]
    set logscale y 10
    set format y "%g"
    set key inside top right Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    set label 1001 "shift-sweep — profile: default — commit 0f81b080aa" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with lines lw 2 lc rgb "#0072B2" title "maxShift-0_model-ref-mlp training", \
         datafile index 1 using 1:2 with linespoints lw 2 pt 5 ps 1 pi 3 lc rgb "#0072B2" title "maxShift-0_model-ref-mlp validation"
    unset output
}
