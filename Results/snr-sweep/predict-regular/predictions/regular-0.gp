# regular-0: Rh (0.97), then Ir (0.03)
#
# Standalone gnuplot script of the figure 'regular-0' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot regular-0.gp
# It reads regular-0.dat (one gnuplot 'index' block per series) and writes regular-0.png and regular-0.svg.
# model: model-cnn-dense.h5

if (!exists("outstem")) outstem = "regular-0"
datafile = "regular-0.dat"
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
    set title "regular-0: Rh (0.97), then Ir (0.03)" font ",16.099999999999998"
    set xlabel "binding energy (eV)"
    set ylabel "intensity (normalised as in training)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 628.1, graph 0 to 628.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 1 "Rh 3s" at 628.1, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 2 from 521.3, graph 0 to 521.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 2 "Rh 3p1/2" at 521.3, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 3 from 496.5, graph 0 to 496.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 3 "Rh 3p3/2" at 496.5, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 4 from 311.9, graph 0 to 311.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 4 "Rh 3d3/2" at 311.9, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 5 from 307.2, graph 0 to 307.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 5 "Rh 3d5/2" at 307.2, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 6 from 81.4, graph 0 to 81.4, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 6 "Rh 4s" at 81.4, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 7 from 50.5, graph 0 to 50.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 7 "Rh 4p1/2" at 50.5, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 8 from 47.3, graph 0 to 47.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 8 "Rh 4p3/2" at 47.3, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set key inside top left Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    set offsets graph 0, graph 0, graph 0.15755270248850844, 0
    set label 1001 "model: model-cnn-dense.h5" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with points pt 6 ps 0.7 lc rgb "#000000" title "measured"
    unset output
}
