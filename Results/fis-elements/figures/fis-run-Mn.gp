# Feature importance of Mn (run) — alignment 0.97
#
# Standalone gnuplot script of the figure 'fis-run-Mn' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot fis-run-Mn.gp
# It reads fis-run-Mn.dat (one gnuplot 'index' block per series) and writes fis-run-Mn.png and fis-run-Mn.svg.
# fis-elements — profile: default — commit 786bacb482

if (!exists("outstem")) outstem = "fis-run-Mn"
datafile = "fis-run-Mn.dat"
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
    set title "Feature importance of Mn (run) — alignment 0.97" font ",16.099999999999998"
    set xlabel "binding energy (eV)"
    set ylabel "feature importance (a.u.)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 47.2, graph 0 to 47.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 1 "Mn" at 47.2, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 2 from 47.2, graph 0 to 47.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 2 "Mn" at 47.2, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 3 from 82.3, graph 0 to 82.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 3 "Mn" at 82.3, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 4 from 638.7, graph 0 to 638.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 4 "Mn" at 638.7, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 5 from 649.9, graph 0 to 649.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 5 "Mn" at 649.9, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 6 from 769.1, graph 0 to 769.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 6 "Mn" at 769.1, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 7 from 897.5999999999999, graph 0 to 897.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 7 "Mn" at 897.5999999999999, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    unset key
    set offsets graph 0, graph 0, graph 0.06372441919743646, 0
    set label 1001 "fis-elements — profile: default — commit 786bacb482" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 0 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    unset output
}
