# Feature importance of Cu (model-mlp) — alignment 0.33
#
# Standalone gnuplot script of the figure 'fis-model-mlp-Cu' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot fis-model-mlp-Cu.gp
# It reads fis-model-mlp-Cu.dat (one gnuplot 'index' block per series) and writes fis-model-mlp-Cu.png and fis-model-mlp-Cu.svg.
# quickstart — profile: default — commit f8283e96da

if (!exists("outstem")) outstem = "fis-model-mlp-Cu"
datafile = "fis-model-mlp-Cu.dat"
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
    set title "Feature importance of Cu (model-mlp) — alignment 0.33" font ",16.099999999999998"
    set xlabel "binding energy (eV)"
    set ylabel "feature importance (a.u.)"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 75.1, graph 0 to 75.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 1 "Cu" at 75.1, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 2 from 77.3, graph 0 to 77.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 2 "Cu" at 77.3, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 3 from 122.5, graph 0 to 122.5, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 3 "Cu" at 122.5, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 4 from 566.5999999999999, graph 0 to 566.5999999999999, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 4 "Cu" at 566.5999999999999, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 5 from 932.7, graph 0 to 932.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 5 "Cu" at 932.7, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 6 from 952.3, graph 0 to 952.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 6 "Cu" at 952.3, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 7 from 1096.7, graph 0 to 1096.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 7 "Cu" at 1096.7, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    unset key
    set offsets graph 0, graph 0, graph 0.06048065054817394, 0
    set label 1001 "quickstart — profile: default — commit f8283e96da" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "importance", \
         datafile index 0 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle
    unset output
}
