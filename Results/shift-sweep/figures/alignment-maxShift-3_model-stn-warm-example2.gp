# Test spectrum 2 (C 1s region): shift -0.30 eV, found -0.21 eV
#
# Standalone gnuplot script of the figure 'alignment-maxShift-3_model-stn-warm-example2' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot alignment-maxShift-3_model-stn-warm-example2.gp
# It reads alignment-maxShift-3_model-stn-warm-example2.dat (one gnuplot 'index' block per series) and writes alignment-maxShift-3_model-stn-warm-example2.png and alignment-maxShift-3_model-stn-warm-example2.svg.
# shift-sweep — profile: default — commit 0f81b080aa

if (!exists("outstem")) outstem = "alignment-maxShift-3_model-stn-warm-example2"
datafile = "alignment-maxShift-3_model-stn-warm-example2.dat"
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
    set title "Test spectrum 2 (C 1s region): shift -0.30 eV, found -0.21 eV" font ",16.099999999999998"
    set xlabel "binding energy (eV)"
    set ylabel "intensity (unit area)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set key inside top right Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    set label 1001 "shift-sweep — profile: default — commit 0f81b080aa" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with lines lw 2 lc rgb "#000000" title "input (shifted)", \
         datafile index 1 using 1:2 with lines lw 2 lc rgb "#D55E00" title "after the sampler", \
         datafile index 2 using 1:2 with lines lw 2 lc rgb "#0072B2" title "same mixture, no shift"
    unset output
}
