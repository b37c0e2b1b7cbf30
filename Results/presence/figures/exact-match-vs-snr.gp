# Presence: exact-match accuracy against the test SNR
#
# Standalone gnuplot script of the figure 'exact-match-vs-snr' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot exact-match-vs-snr.gp
# It reads exact-match-vs-snr.dat (one gnuplot 'index' block per series) and writes exact-match-vs-snr.png and exact-match-vs-snr.svg.
# presence — profile: default — commit d7167da645

if (!exists("outstem")) outstem = "exact-match-vs-snr"
datafile = "exact-match-vs-snr.dat"
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
    set title "Presence: exact-match accuracy against the test SNR" font ",16.099999999999998"
    set xlabel "test SNR (S/√(S+B) at the strongest peak)"
    set ylabel "exact-match accuracy (%)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*]
    set yrange [*:*]
    set logscale x 10
    set format x "%g"
    set autoscale xfix
    set key inside top right Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    set offsets graph 0.025, graph 0.025, graph 0, 0
    set label 1001 "presence — profile: default — commit d7167da645" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with linespoints lw 2 pt 7 ps 1 pi 1 lc rgb "#0072B2" title "ours"
    unset output
}
