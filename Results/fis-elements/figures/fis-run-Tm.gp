# Feature importance of Tm (run) — alignment 1.00
#
# Standalone gnuplot script of the figure 'fis-run-Tm' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot fis-run-Tm.gp
# It reads fis-run-Tm.dat (one gnuplot 'index' block per series) and writes fis-run-Tm.png and fis-run-Tm.svg.
# fis-elements — profile: default — commit 786bacb482

if (!exists("outstem")) outstem = "fis-run-Tm"
datafile = "fis-run-Tm.dat"
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
    set title "Feature importance of Tm (run) — alignment 1.00" font ",16.099999999999998"
    set xlabel "binding energy (eV)"
    set ylabel "feature importance (a.u.)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 4.6, graph 0 to 4.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 1 "Tm" at 4.6, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 2 from 25, graph 0 to 25, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 2 "Tm" at 25, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 3 from 37.59999999999991, graph 0 to 37.59999999999991, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 3 "Tm" at 37.59999999999991, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 4 from 175.5, graph 0 to 175.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 4 "Tm" at 175.5, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 5 from 175.5, graph 0 to 175.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 5 "Tm" at 175.5, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 6 from 332.6, graph 0 to 332.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 6 "Tm" at 332.6, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 7 from 385.9, graph 0 to 385.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 7 "Tm" at 385.9, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 8 from 470.9, graph 0 to 470.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 8 "Tm" at 470.9, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    unset key
    set offsets graph 0, graph 0, graph 0.06999743599135562, 0
    set label 1001 "fis-elements — profile: default — commit 786bacb482" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 0 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    unset output
}
