# Accuracy per element (test split)
#
# Standalone gnuplot script of the figure 'per-element-accuracy' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot per-element-accuracy.gp
# It reads per-element-accuracy.dat (one gnuplot 'index' block per series) and writes per-element-accuracy.png and per-element-accuracy.svg.
# quickstart — profile: default — commit f8283e96da

if (!exists("outstem")) outstem = "per-element-accuracy"
datafile = "per-element-accuracy.dat"
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
    set title "Accuracy per element (test split)" font ",16.099999999999998"
    set xlabel "element"
    set ylabel "sensitivity (%)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [-0.6:19.6]
    set yrange [0:*]
    set xtics ("Li" 0, "C" 1, "N" 2, "O" 3, "F" 4, "Na" 5, "Mg" 6, "Al" 7, "Si" 8, "P" 9, "S" 10, "Cl" 11, "Ti" 12, "Fe" 13, "Ni" 14, "Cu" 15, "Zn" 16, "Ag" 17, "Sn" 18, "Au" 19) nomirror
    set key inside top center horizontal Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1 maxrows 1
    set autoscale yfixmax
    set offsets graph 0, graph 0, graph 0.11590907701804888, 0
    set label 1001 "quickstart — profile: default — commit f8283e96da" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2:(0.4) with boxes fs solid 0.85 noborder lc rgb "#0072B2" title "model-mlp", \
         datafile index 1 using 1:2:(0.4) with boxes fs solid 0.85 noborder lc rgb "#D55E00" title "model-cnn-gap"
    unset output
}
