# Accuracy per element (test split, SNR 1–100)
#
# Standalone gnuplot script of the figure 'per-element-accuracy' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot per-element-accuracy.gp
# It reads per-element-accuracy.dat (one gnuplot 'index' block per series) and writes per-element-accuracy.png and per-element-accuracy.svg.
# fis-elements — profile: default — commit 786bacb482

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
    set title "Accuracy per element (test split, SNR 1–100)" font ",16.099999999999998"
    set xlabel "element"
    set ylabel "sensitivity (%)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [-0.6:72.6]
    set yrange [0:*]
    set xtics ("Li" 0, "Be" 1, "B" 2, "C" 3, "N" 4, "O" 5, "F" 6, "Na" 7, "Mg" 8, "Al" 9, "Si" 10, "P" 11, "S" 12, "Cl" 13, "K" 14, "Ca" 15, "Sc" 16, "Ti" 17, "V" 18, "Cr" 19, "Mn" 20, "Fe" 21, "Co" 22, "Ni" 23, "Cu" 24, "Zn" 25, "Ga" 26, "Ge" 27, "As" 28, "Se" 29, "Br" 30, "Rb" 31, "Sr" 32, "Y" 33, "Zr" 34, "Nb" 35, "Mo" 36, "Ru" 37, "Rh" 38, "Pd" 39, "Ag" 40, "Cd" 41, "In" 42, "Sn" 43, "Sb" 44, "Te" 45, "I" 46, "Cs" 47, "Ba" 48, "La" 49, "Ce" 50, "Pr" 51, "Nd" 52, "Sm" 53, "Eu" 54, "Gd" 55, "Tb" 56, "Dy" 57, "Ho" 58, "Er" 59, "Tm" 60, "Yb" 61, "Lu" 62, "Hf" 63, "Ta" 64, "W" 65, "Re" 66, "Os" 67, "Ir" 68, "Pt" 69, "Au" 70, "Hg" 71, "Tl" 72) nomirror rotate by 90 right font ",8.3"
    set bmargin 3.8
    set key inside top center horizontal Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1 maxrows 1
    set autoscale yfixmax
    set offsets graph 0, graph 0, graph 0.11671639689631017, 0
    set label 1001 "fis-elements — profile: default — commit 786bacb482" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2:(0.8) with boxes fs solid 0.85 noborder lc rgb "#0072B2" title "run"
    unset output
}
