# Feature importance of Au (model-mlp) — alignment 0.19
#
# Standalone gnuplot script of the figure 'fis-model-mlp-Au' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot fis-model-mlp-Au.gp
# It reads fis-model-mlp-Au.dat (one gnuplot 'index' block per series) and writes fis-model-mlp-Au.png and fis-model-mlp-Au.svg.
# quickstart — profile: default — commit f8283e96da

if (!exists("outstem")) outstem = "fis-model-mlp-Au"
datafile = "fis-model-mlp-Au.dat"
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
    set title "Feature importance of Au (model-mlp) — alignment 0.19" font ",16.099999999999998"
    set xlabel "binding energy (eV)"
    set ylabel "feature importance (a.u.)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 57.2, graph 0 to 57.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 1 "Au" at 57.2, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 2 from 84, graph 0 to 84, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 2 "Au" at 84, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 3 from 87.6, graph 0 to 87.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 3 "Au" at 87.6, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 4 from 335.1, graph 0 to 335.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 4 "Au" at 335.1, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 5 from 353.2, graph 0 to 353.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 5 "Au" at 353.2, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 6 from 546.3, graph 0 to 546.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 6 "Au" at 546.3, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 7 from 642.7, graph 0 to 642.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 7 "Au" at 642.7, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 8 from 762.1, graph 0 to 762.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 8 "Au" at 762.1, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    unset key
    set offsets graph 0, graph 0, graph 0.06048065054817394, 0
    set label 1001 "quickstart — profile: default — commit f8283e96da" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 0 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    unset output
}
