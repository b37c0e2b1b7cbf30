# Test spectrum 1 (run): true C, O, Cd, Sn, Pb, Bi — predicted C, O, Cd, Sn, Pb, Bi
#
# Standalone gnuplot script of the figure 'examples-run-1' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot examples-run-1.gp
# It reads examples-run-1.dat (one gnuplot 'index' block per series) and writes examples-run-1.png and examples-run-1.svg.
# survey-presence — profile: default — commit b07e4e38d0

if (!exists("outstem")) outstem = "examples-run-1"
datafile = "examples-run-1.dat"
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
    set title "Test spectrum 1 (run): true C, O, Cd, Sn, Pb, Bi — predicted C, O, Cd, Sn, Pb, Bi" font ",16.099999999999998"
    set xlabel "binding energy (eV)"
    set ylabel "intensity (normalised)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set key inside top left Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    set label 1001 "survey-presence — profile: default — commit b07e4e38d0" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with points pt 6 ps 0.7 lc rgb "#000000" title "measured"
    unset output
}
