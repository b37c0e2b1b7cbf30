# EX491-495_FeNiCo_oxide_references.vms#26: O 1.00, Fe 0.98, Co 0.93, C 0.89; at. %: O 68.6, Fe 29.8, Co 0.9
#
# Standalone gnuplot script of the figure 'EX491-495_FeNiCo_oxide_references-26' (gnuplot 5, tested with 5.4, with the
# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with
#     gnuplot EX491-495_FeNiCo_oxide_references-26.gp
# It reads EX491-495_FeNiCo_oxide_references-26.dat (one gnuplot 'index' block per series) and writes EX491-495_FeNiCo_oxide_references-26.png and EX491-495_FeNiCo_oxide_references-26.svg.
# models: Results/survey-presence/models/run.h5, Results/survey-quantification/models/run.h5

if (!exists("outstem")) outstem = "EX491-495_FeNiCo_oxide_references-26"
datafile = "EX491-495_FeNiCo_oxide_references-26.dat"
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
    set title "EX491-495_FeNiCo_oxide_references.vms#26: O 1.00, Fe 0.98, Co 0.93, C 0.89; at. %: O 68.6, Fe 29.8, Co 0.9" font ",16.099999999999998"
    set xlabel "binding energy (eV)"
    set ylabel "intensity (as in training); FIS: probability drop when occluded"
    set border 3 lw 1
    set tics nomirror out
    set grid back lt 1 lc rgb "#E4E4E4" lw 1
    set xrange [*:*] reverse
    set yrange [*:*]
    set autoscale xfix
    set arrow 1 from 531, graph 0 to 531, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 1 "O 1s" at 531, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 2 from 844.6, graph 0 to 844.6, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 2 "Fe 2s" at 844.6, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 3 from 719.9, graph 0 to 719.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 3 "Fe 2p1/2" at 719.9, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 4 from 706.8, graph 0 to 706.8, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 4 "Fe 2p3/2" at 706.8, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 5 from 91.3, graph 0 to 91.3, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 5 "Fe 3s" at 91.3, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 6 from 52.7, graph 0 to 52.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 6 "Fe 3p1/2" at 52.7, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 7 from 52.7, graph 0 to 52.7, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 7 "Fe 3p3/2" at 52.7, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 8 from 925.1, graph 0 to 925.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 8 "Co 2s" at 925.1, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 9 from 793.2, graph 0 to 793.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 9 "Co 2p1/2" at 793.2, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 10 from 778.1, graph 0 to 778.1, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 10 "Co 2p3/2" at 778.1, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 11 from 101, graph 0 to 101, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 11 "Co 3s" at 101, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 12 from 58.9, graph 0 to 58.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 12 "Co 3p1/2" at 58.9, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 13 from 59.9, graph 0 to 59.9, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 13 "Co 3p3/2" at 59.9, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set arrow 14 from 284.2, graph 0 to 284.2, graph 1 nohead back dt 2 lw 1 lc rgb "#777777"
    set label 14 "C 1s" at 284.2, graph 0.985 rotate by 90 right offset character -0.45, 0 front font ",11.200000000000001" tc rgb "#333333"
    set key outside right top Left reverse opaque box lc rgb "#BBBBBB" samplen 2.5 spacing 1.15 width 1
    set offsets graph 0, graph 0, graph 0.15755270248850844, 0
    set label 1001 "models: Results/survey-presence/models/run.h5, Results/survey-quantification/models/run.h5" at screen 0.008, screen 0.019833333333333335 left front font ",10.92" tc rgb "#555555"
    plot datafile index 0 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#0072B2" title "FIS O (p 1.00 without its lines)", \
         datafile index 0 using 1:2 with lines lw 1.5 lc rgb "#0072B2" notitle, \
         datafile index 1 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#009E73" title "FIS Fe (p 0.14 without its lines)", \
         datafile index 1 using 1:2 with lines lw 1.5 lc rgb "#009E73" notitle, \
         datafile index 2 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#CC79A7" title "FIS Co (p 0.99 without its lines)", \
         datafile index 2 using 1:2 with lines lw 1.5 lc rgb "#CC79A7" notitle, \
         datafile index 3 using 1:2 with filledcurves y=0 fs transparent solid 0.3 noborder lc rgb "#E69F00" title "FIS C (p 0.92 without its lines)", \
         datafile index 3 using 1:2 with lines lw 1.5 lc rgb "#E69F00" notitle, \
         datafile index 4 using 1:2 with points pt 6 ps 0.7 lc rgb "#000000" title "measured"
    unset output
}
