# Confusion matrix — model-mlp
#
# Standalone gnuplot script of the figure 'confusion-model-mlp' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot confusion-model-mlp.gp
# It reads confusion-model-mlp.dat (one gnuplot 'index' block per series) and writes confusion-model-mlp.png and confusion-model-mlp.svg.
# quickstart — profile: default — commit f8283e96da

if (!exists("outstem")) outstem = "confusion-model-mlp"
datafile = "confusion-model-mlp.dat"
formats = "png svg"

do for [fmt in formats] {
    if (fmt eq "png") {
        set terminal pngcairo size 1100,1000 font "DejaVu Sans,14" noenhanced background "#FFFFFF"
    } else {
        set terminal svg size 1100,1000 font "DejaVu Sans,14" fontscale 1.3333 noenhanced background "#FFFFFF"
    }
    set output outstem.".".fmt
    reset
    set encoding utf8
    set origin 0, 0.031733333333333336
    set size 1, 0.9682666666666666
    set title "Confusion matrix — model-mlp" font ",16.099999999999998"
    set xlabel "predicted class"
    set ylabel "true class"
    set border 15 lw 1
    set tics out scale 0.4
    unset grid
    set xrange [-0.5:19.5]
    set yrange [19.5:-0.5]
    set ytics ("Li" 0, "C" 1, "N" 2, "O" 3, "F" 4, "Na" 5, "Mg" 6, "Al" 7, "Si" 8, "P" 9, "S" 10, "Cl" 11, "Ti" 12, "Fe" 13, "Ni" 14, "Cu" 15, "Zn" 16, "Ag" 17, "Sn" 18, "Au" 19) nomirror
    set lmargin 6.1
    unset ylabel
    set label 1002 "true class" at screen 0.013575757575757574, graph 0.5 rotate by 90 center front
    set xtics ("Li" 0, "C" 1, "N" 2, "O" 3, "F" 4, "Na" 5, "Mg" 6, "Al" 7, "Si" 8, "P" 9, "S" 10, "Cl" 11, "Ti" 12, "Fe" 13, "Ni" 14, "Cu" 15, "Zn" 16, "Ag" 17, "Sn" 18, "Au" 19) nomirror
    set palette defined (0 "#440154", 0.25 "#3B528B", 0.5 "#21918C", 0.75 "#5EC962", 1 "#FDE725")
    set cblabel "spectra (count)"
    set cbrange [0:*]
    unset key
    set label 1001 "quickstart — profile: default — commit f8283e96da" at screen 0.008, screen 0.015866666666666668 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2:3 with image notitle
    unset output
}
