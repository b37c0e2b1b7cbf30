# maxShift-3_model-stn: r = 0.053, slope 0.03, offset -1.67 eV, twin error 1.74 eV
#
# Standalone gnuplot script of the figure 'alignment-maxShift-3_model-stn' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot alignment-maxShift-3_model-stn.gp
# It reads alignment-maxShift-3_model-stn.dat (one gnuplot 'index' block per series) and writes alignment-maxShift-3_model-stn.png and alignment-maxShift-3_model-stn.svg.
# shift-sweep — profile: default — commit 0f81b080aa

if (!exists("outstem")) outstem = "alignment-maxShift-3_model-stn"
datafile = "alignment-maxShift-3_model-stn.dat"
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
    set title "maxShift-3_model-stn: r = 0.053, slope 0.03, offset -1.67 eV, twin error 1.74 eV" font ",16.099999999999998"
    set xlabel "true charging shift (eV)"
    set ylabel "shift found by the localisation (eV)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [-3.2972601568398137:3.2844818389882002]
    set yrange [-3.2972601568398137:3.2844818389882002]
    set key inside top left Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    set label 1001 "shift-sweep — profile: default — commit 0f81b080aa" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with lines lw 2 lc rgb "#000000" title "y = x", \
         datafile index 1 using 1:2 with points pt 6 ps 0.7 lc rgb "#0072B2" title "test spectra"
    unset output
}
