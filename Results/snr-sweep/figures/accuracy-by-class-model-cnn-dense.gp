# Accuracy per overlap class — cnn-dense
#
# Standalone gnuplot script of the figure 'accuracy-by-class-model-cnn-dense' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot accuracy-by-class-model-cnn-dense.gp
# It reads accuracy-by-class-model-cnn-dense.dat (one gnuplot 'index' block per series) and writes accuracy-by-class-model-cnn-dense.png and accuracy-by-class-model-cnn-dense.svg.
# snr-sweep — profile: default — commit f8283e96da

if (!exists("outstem")) outstem = "accuracy-by-class-model-cnn-dense"
datafile = "accuracy-by-class-model-cnn-dense.dat"
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
    set title "Accuracy per overlap class — cnn-dense" font ",16.099999999999998"
    set xlabel "test SNR (DESIGN.md definition)"
    set ylabel "accuracy (%)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*]
    set yrange [*:*]
    set logscale x 10
    set format x "%g"
    set autoscale xfix
    set key inside bottom right Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    set offsets graph 0.025, graph 0.025, graph 0, 0
    set label 1001 "snr-sweep — profile: default — commit f8283e96da" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with linespoints lw 2 pt 7 ps 1 pi 1 lc rgb "#0072B2" title "class 1: isolated (20)", \
         datafile index 1 using 1:2 with linespoints lw 2 pt 5 ps 1 pi 1 lc rgb "#D55E00" title "class 2: weakly overlapped (29)", \
         datafile index 2 using 1:2 with linespoints lw 2 pt 9 ps 1 pi 1 lc rgb "#009E73" title "class 3: strongly overlapped (19)", \
         datafile index 3 using 1:2 with linespoints lw 2 pt 11 ps 1 pi 1 lc rgb "#CC79A7" title "class 4: contamination (5)"
    unset output
}
