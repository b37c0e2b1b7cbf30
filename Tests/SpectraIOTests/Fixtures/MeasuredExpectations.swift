// Block facts of every measured and VAMAS file in ../shared/data, extracted from the raw files by
// an independent script (Python: split lines at CR CR LF, CR LF, LF or CR; walk the ISO 14976
// fields of NORM files with no inclusion list; Prodigy '# Region:' / '# ColumnLabels:' comments;
// comma-separated columns; the Scienta '[Data 1]' section) — not by the readers under test.
//
// Lines: "file|path|block count", then per block (for files of more than 70 blocks, the first
// block of each sample and label) "index|sample|label|region|axis|first abscissa|last abscissa|
// first intensity|last intensity|points"; abscissa and intensities in file order, as recorded;
// "*" where a value is not checked.

enum MeasuredExpectations {
    static let table = """
        file|measured/surveys/EX491-495_FeNiCo_oxide_references.vms|62
        0|Co|Survey|Survey|kinetic|286.61|1486.6100000000001|3654.4|316.703|1201
        1|Co|Ni2p|Ni 2p|kinetic|596.61|646.61|3591.67|4526.55|501
        2|Co|Co2p|Co 2p|kinetic|646.61|716.61|4565.58|2138.65|701
        3|Co|Fe2p|Fe 2p|kinetic|716.61|786.61|2140.53|517.897|701
        4|Co|O1s|O 1s|kinetic|926.61|976.61|249.835|248.417|501
        5|Co|C1s|C 1s|kinetic|1188.61|1208.61|165.284|162.733|201
        6|Co3O4|Survey|Survey|kinetic|286.61|1486.6100000000001|3147.94|111.708|1201
        7|Co3O4|Ni2p|Ni 2p|kinetic|596.61|646.61|4127.85|4876.46|501
        8|Co3O4|Co2p|Co 2p|kinetic|646.61|716.61|4874.31|2401.99|701
        9|Co3O4|Fe2p|Fe 2p|kinetic|716.61|786.61|11517.0|4960.33|701
        10|Co3O4|O1s|O 1s|kinetic|926.61|976.61|564.209|192.345|501
        11|Co3O4|C1s|C 1s|kinetic|1188.61|1208.61|128.196|125.493|201
        12|CoO|Survey|Survey|kinetic|286.61|1486.6100000000001|3306.37|40.0854|1201
        13|CoO|Ni2p|Ni 2p|kinetic|596.61|646.61|4715.42|5810.4|501
        14|CoO|Co2p|Co 2p|kinetic|646.61|716.61|5793.49|2572.15|701
        15|CoO|Fe2p|Fe 2p|kinetic|716.61|786.61|2572.91|1076.51|701
        16|CoO|O1s|O 1s|kinetic|926.61|976.61|493.27|217.351|501
        17|CoO|C1s|C 1s|kinetic|1188.61|1208.61|136.343|142.359|201
        18|Fe|Survey|Survey|kinetic|286.61|1486.6100000000001|3580.16|261.223|1201
        19|Fe|Fe2p|Fe 2p|kinetic|716.61|801.61|3792.71|355.053|851
        20|Fe|Ni2p|Ni 2p|kinetic|596.61|646.61|6766.73|6598.45|501
        21|Fe|Co2p|Co 2p|kinetic|646.61|716.61|6594.31|3814.59|701
        22|Fe|O1s|O 1s|kinetic|926.61|976.61|280.161|269.004|501
        23|Fe|C1s|C 1s|kinetic|1188.61|1208.61|358.265|376.168|201
        24|Fe|Fe3s|Fe 3s|kinetic|1380.61|1401.61|528.265|488.231|211
        25|Fe|Fe3p|Fe 3p|kinetic|1419.61|1440.61|495.097|77.0762|211
        26|Fe2O3|Survey|Survey|kinetic|286.61|1486.6100000000001|1950.54|4.40729|1201
        27|Fe2O3|Fe2p|Fe 2p|kinetic|716.61|801.61|1737.71|452.392|851
        28|Fe2O3|Ni2p|Ni 2p|kinetic|596.61|646.61|2812.58|2556.76|501
        29|Fe2O3|Co2p|Co 2p|kinetic|646.61|716.61|2542.84|1735.25|701
        30|Fe2O3|O1s|O 1s|kinetic|926.61|976.61|372.085|126.73|501
        31|Fe2O3|C1s|C 1s|kinetic|1188.61|1208.61|74.8304|75.3832|201
        32|Fe2O3|Fe3s|Fe 3s|kinetic|1380.61|1401.61|115.991|88.3158|211
        33|Fe2O3|Fe3p|Fe 3p|kinetic|1419.61|1440.61|100.119|23.121|211
        34|Fe3O4|Survey|Survey|kinetic|286.61|1486.6100000000001|1865.45|19.599|1201
        35|Fe3O4|Fe2p|Fe 2p|kinetic|716.61|801.61|1736.39|413.12|851
        36|Fe3O4|Ni2p|Ni 2p|kinetic|596.61|646.61|2912.56|2675.7|501
        37|Fe3O4|Co2p|Co 2p|kinetic|646.61|716.61|2655.43|1752.68|701
        38|Fe3O4|O1s|O 1s|kinetic|926.61|976.61|332.225|119.321|501
        39|Fe3O4|C1s|C 1s|kinetic|1188.61|1208.61|151.424|153.62|201
        40|Fe3O4|Fe3s|Fe 3s|kinetic|1380.61|1401.61|205.735|202.385|211
        41|Fe3O4|Fe3p|Fe 3p|kinetic|1419.61|1440.61|203.586|45.4135|211
        42|FeO|Survey|Survey|kinetic|286.61|1486.6100000000001|1753.79|25.2248|1201
        43|FeO|Fe2p|Fe 2p|kinetic|716.61|801.61|1608.18|345.434|851
        44|FeO|Co2p|Co 2p|kinetic|646.61|716.61|2480.11|1596.8|701
        45|FeO|O1s|O 1s|kinetic|926.61|976.61|285.485|107.925|501
        46|FeO|C1s|C 1s|kinetic|1188.61|1208.61|69.763|73.3256|201
        47|FeO|Fe3s|Fe 3s|kinetic|1380.61|1401.61|211.747|168.49|211
        48|FeO|Fe3p|Fe 3p|kinetic|1419.61|1440.61|177.64|38.344|211
        49|FeO|Ni2p|Ni 2p|kinetic|596.61|646.61|2728.2|2508.95|501
        50|Ni|Ni2p|Ni 2p|kinetic|596.61|646.61|7694.49|4171.84|501
        51|Ni|Co2p|Co 2p|kinetic|646.61|716.61|4178.16|5297.58|701
        52|Ni|Fe2p|Fe 2p|kinetic|716.61|801.61|5267.54|2329.93|851
        53|Ni|NiLMM|NiLMM|kinetic|802.61|876.61|774.388|180.079|741
        54|Ni|O1s|O 1s|kinetic|926.61|976.61|348.303|352.501|501
        55|Ni|Survey|Survey|kinetic|286.61|1486.6100000000001|4699.45|636.463|1201
        56|NiO|Ni2p|Ni 2p|kinetic|596.61|646.61|5414.88|3362.27|501
        57|NiO|Co2p|Co 2p|kinetic|646.61|716.61|3352.73|3745.45|701
        58|NiO|Fe2p|Fe 2p|kinetic|716.61|801.61|3737.26|2002.19|851
        59|NiO|NiLMM|NiLMM|kinetic|802.61|876.61|657.679|273.027|741
        60|NiO|O1s|O 1s|kinetic|926.61|976.61|584.084|293.478|501
        61|NiO|Survey|Survey|kinetic|286.61|1486.6100000000001|4025.6|106.868|1201
        file|measured/surveys/EX502-506_FeNiCo_mixed_oxides.vms|68
        0|FeNiCo|FeNiCo|Ni 2p-Co 2p-Fe 2p|kinetic|596.61|801.8100000000001|3890.65|1003.27|2053
        1|FeNiCo|FeNiCo|Survey|kinetic|286.61|1486.6100000000001|2921.69|11.0888|1201
        2|FeNiCo|FeNiCo|O 1s|kinetic|926.61|976.61|574.778|219.431|501
        3|FeNiCo|FeNiCo|C 1s|kinetic|1188.61|1208.61|133.787|127.292|201
        4|FeNiCo|FeNiCo|Br 3p|kinetic|1286.61|1311.61|145.113|139.615|251
        5|FeNiCo|FeNiCo|NiLLM|kinetic|801.61|881.61|331.703|266.98|801
        6|NiCo|NiCo|Survey|kinetic|286.61|1486.6100000000001|3086.06|31.6398|1201
        7|NiCo|NiCo|O 1s|kinetic|926.61|976.61|561.547|203.356|501
        8|NiCo|NiCo|C 1s|kinetic|1188.61|1208.61|124.841|124.061|201
        9|NiCo|NiCo|B 1s|kinetic|1286.61|1306.61|133.307|138.274|201
        10|NiCo|NiCo|Ni 2p-Co 2p-Fe 2p|kinetic|596.61|801.8100000000001|3813.64|1125.04|2053
        11|FeCo|FeCo|Survey|kinetic|286.61|1486.6100000000001|2807.44|21.4215|1201
        12|FeCo|FeCo|O 1s|kinetic|926.61|976.61|551.862|189.189|501
        13|FeCo|FeCo|C 1s|kinetic|1188.61|1208.61|119.061|115.375|201
        14|FeCo|FeCo|B 1s|kinetic|1286.61|1311.61|122.209|127.335|251
        15|FeCo|FeCo|Ni 2p-Co 2p-Fe 2p|kinetic|596.61|801.8100000000001|3673.18|671.519|2053
        16|NiFe|NiFe|Survey|kinetic|286.61|1486.6100000000001|3103.79|3.36661|1201
        17|NiFe|NiFe|O 1s|kinetic|926.61|976.61|637.538|219.542|501
        18|NiFe|NiFe|C 1s|kinetic|1188.61|1208.61|136.596|133.38|201
        19|NiFe|NiFe|B 1s|kinetic|1286.61|1311.61|149.458|142.025|251
        20|NiFe|NiFe|NiLLM|kinetic|801.61|881.61|407.048|280.764|801
        21|NiFe|NiFe|Ni 2p-Co 2p-Fe 2p|kinetic|596.61|801.8100000000001|4156.55|1218.06|2053
        22|Co|Co|Ni 2p-Co 2p-Fe 2p|kinetic|596.61|801.8100000000001|5885.32|358.85|2053
        23|Co|Co|Survey|kinetic|286.61|1486.6100000000001|3776.58|359.735|1201
        24|Co|Co|O 1s|kinetic|926.61|976.61|249.517|253.357|501
        25|Co|Co|C 1s|kinetic|1188.61|1208.61|172.27|178.175|201
        26|Co3O4|Co3O4|Ni 2p-Co 2p-Fe 2p|kinetic|596.61|801.8100000000001|4253.95|676.752|2053
        27|Co3O4|Co3O4|Survey|kinetic|286.61|1486.6100000000001|3066.61|138.297|1201
        28|Co3O4|Co3O4|O 1s|kinetic|926.61|976.61|587.865|194.042|501
        29|Co3O4|Co3O4|C 1s|kinetic|1188.61|1208.61|132.49|135.6|201
        30|CoO|CoO|Ni 2p-Co 2p-Fe 2p|kinetic|596.61|801.8100000000001|3760.37|499.302|2053
        31|CoO|CoO|Survey|kinetic|286.61|1486.6100000000001|2614.17|34.1597|1201
        32|CoO|CoO|O 1s|kinetic|926.61|976.61|413.602|171.945|501
        33|CoO|CoO|C 1s|kinetic|1188.61|1208.61|112.505|114.118|201
        34|Fe|Fe|Survey|kinetic|286.61|1486.6100000000001|3580.16|261.223|1201
        35|Fe|Fe|O 1s|kinetic|926.61|976.61|280.161|269.004|501
        36|Fe|Fe|C 1s|kinetic|1188.61|1208.61|358.265|376.168|201
        37|Fe|Fe|Ni 2p-Co 2p-Fe 2p|kinetic|596.61|801.8100000000001|6766.73|355.053|2053
        38|Fe2O3|Fe2O3|Survey|kinetic|286.61|1486.6100000000001|1950.54|4.40729|1201
        39|Fe2O3|Fe2O3|O 1s|kinetic|926.61|976.61|372.085|126.73|501
        40|Fe2O3|Fe2O3|C 1s|kinetic|1188.61|1208.61|74.8304|75.3832|201
        41|Fe2O3|Fe2O3|Ni 2p-Co 2p-Fe 2p|kinetic|596.61|801.8100000000001|2812.58|452.392|2053
        42|Fe3O4|Fe3O4|Survey|kinetic|286.61|1486.6100000000001|1865.45|19.599|1201
        43|Fe3O4|Fe3O4|O 1s|kinetic|926.61|976.61|332.225|119.321|501
        44|Fe3O4|Fe3O4|C 1s|kinetic|1188.61|1208.61|151.424|153.62|201
        45|Fe3O4|Fe3O4|Ni 2p-Co 2p-Fe 2p|kinetic|596.61|801.8100000000001|2912.56|413.12|2053
        46|FeO|FeO|Survey|kinetic|286.61|1486.6100000000001|1753.79|25.2248|1201
        47|FeO|FeO|O 1s|kinetic|926.61|976.61|285.485|107.925|501
        48|FeO|FeO|C 1s|kinetic|1188.61|1208.61|69.763|73.3256|201
        49|FeO|FeO|Ni 2p-Co 2p-Fe 2p|kinetic|596.61|801.8100000000001|2728.2|345.434|2053
        50|Ni|Ni|Survey|kinetic|286.61|1486.6100000000001|4699.45|636.463|1201
        51|Ni|Ni|O 1s|kinetic|926.61|976.61|348.303|352.501|501
        52|Ni|Ni|NiLMM|kinetic|802.61|876.61|774.388|180.079|741
        53|Ni|Ni|Ni 2p-Co 2p-Fe 2p|kinetic|596.61|801.8100000000001|7694.49|2329.93|2053
        54|NiO|NiO|Survey|kinetic|286.61|1486.6100000000001|4025.6|106.868|1201
        55|NiO|NiO|O 1s|kinetic|926.61|976.61|584.084|293.478|501
        56|NiO|NiO|NiLMM|kinetic|802.61|876.61|657.679|273.027|741
        57|NiO|NiO|Ni 2p-Co 2p-Fe 2p|kinetic|596.61|801.8100000000001|5414.88|2002.19|2053
        58|Co|%&<>Co|Lineshapes|kinetic|596.61|801.8100000000001|0.0|0.0|2053
        59|Co3O4|%&<>Co3O4|Lineshapes|kinetic|596.61|801.8100000000001|0.0|0.0|2053
        60|CoO|%&<>CoO|Lineshapes|kinetic|596.61|801.8100000000001|0.0|0.0|2053
        61|Fe|%&<>Fe|Lineshapes|kinetic|596.61|801.8100000000001|0.0|0.0|2053
        62|Fe2O3|%&<>Fe2O3|Lineshapes|kinetic|596.61|801.8100000000001|0.0|0.0|2053
        63|Fe3O4|%&<>Fe3O4|Lineshapes|kinetic|596.61|801.8100000000001|0.0|0.0|2053
        64|FeO|%&<>FeO|Lineshapes|kinetic|596.61|801.8100000000001|0.0|0.0|2053
        65|Ni|%&<>Ni|Lineshapes|kinetic|596.61|801.8100000000001|0.0|0.0|2053
        66|NiO|%&<>NiO|Lineshapes|kinetic|596.61|801.8100000000001|0.0|0.0|2053
        67|Co|%co|Lineshapes|kinetic|596.61|801.8100000000001|0.0|0.0|2053
        file|measured/regions/Co_references.vms|3
        0|Co metal|Co2p|Co 2p|kinetic|646.61|716.61|4565.58|2138.65|701
        1|CoO|Co2p|Co 2p|kinetic|646.61|716.61|5793.49|2572.15|701
        2|Co3O4|Co2p|Co 2p|kinetic|646.61|716.61|4874.31|2401.99|701
        file|measured/regions/Cu_references.vms|11
        0|Cu metal|Cu2p|Cu 2p|kinetic|514.66|566.61|359.381|159.76|1040
        1|Cu metal|Cu LMM|Cu LMM|kinetic|906.71|931.61|176.06|71.8444|250
        2|Cu metal|O1s|O 1s|kinetic|946.61|966.61|30.4085|24.74|201
        3|Cu metal|Survey|Survey|kinetic|266.61|1466.6100000000001|26701.4|24.5575|2401
        4|Cu2O|Cu2p|Cu 2p|kinetic|514.66|566.61|495.084|233.508|1040
        5|Cu2O|Cu LMM|Cu LMM|kinetic|906.71|931.61|258.614|128.452|250
        6|Cu2O|O1s|O 1s|kinetic|946.61|966.61|63.3072|35.3345|201
        7|CuO|Cu2p|Cu 2p|kinetic|514.66|566.61|493.496|236.819|1040
        8|CuO|Cu LMM|Cu LMM|kinetic|906.71|931.61|230.134|139.025|250
        9|CuO|O1s|O 1s|kinetic|946.61|966.61|75.6189|35.9976|201
        10|CuO|Survey|Survey|kinetic|286.61|1488.6100000000001|19029.3|110.942|3006
        file|measured/regions/Fe_references.vms|4
        0|Fe metal|Fe2p|Fe 2p|kinetic|716.61|801.61|12642.4|1183.51|1701
        1|FeO|Fe2p|Fe 2p|kinetic|716.61|801.61|5360.6|1151.45|1701
        2|Fe3O4|Fe2p|Fe 2p|kinetic|716.61|801.61|5787.97|1377.07|1701
        3|Fe2O3|Fe2p|Fe 2p|kinetic|716.61|801.61|5792.37|1507.97|1701
        file|measured/regions/Mn_references.vms|3
        0|MnO|Mn 2p|Mn 2p|kinetic|816.71|856.61|1597.57|397.435|400
        1|Mn2O3|Mn 2p|Mn 2p|kinetic|816.71|856.61|515.628|146.724|400
        2|MnO2|Mn 2p|Mn 2p|kinetic|816.71|856.61|1380.75|389.436|400
        file|measured/regions/Ni_references.vms|4
        0|Ni|Survey|Survey|kinetic|286.61|1486.6100000000001|4699.45|636.463|1201
        1|Ni|Ni2p|Ni 2p|kinetic|596.61|646.61|7694.49|4171.84|501
        2|NiO|Survey|Survey|kinetic|286.61|1486.6100000000001|4025.6|106.868|1201
        3|NiO|Ni2p|Ni 2p|kinetic|596.61|646.61|5414.88|3362.27|501
        file|measured/regions/Pd_references.vms|2
        0|Pd metal|Pd 3d|Pd 3d|kinetic|1136.61|1155.61|3030.43|430.988|381
        1|PdO|Pd 3d|Pd 3d|kinetic|1136.61|1155.61|2197.63|336.34|381
        file|measured/regions/Ti_references_irregular.vms|12
        0|Ti metal|Ti2p|Ti 2p|kinetic|986.61|1040.61|1380.79|0.0|802
        1|TiO|Ti2p|Ti 2p|kinetic|986.61|1040.61|0.0|0.0|802
        2|Ti2O3|Ti2p|Ti 2p|kinetic|986.61|1040.61|0.0|0.0|802
        3|TiO2|Ti2p|Ti 2p|kinetic|986.41|1040.41|0.0|0.0|802
        4|TiO|&TiO|Ti 2p LS|kinetic|986.61|1040.61|0.0|0.0|802
        5|Ti2O3|&Ti2O3|Ti 2p LS|kinetic|986.61|1040.61|0.0|0.0|802
        6|TiO2|&TiO2|Ti 2p LS|kinetic|986.41|1040.41|0.0|0.0|802
        7|Ti metal|&Ti_met|Ti 2p LS|kinetic|986.61|1040.61|1380.79|0.0|802
        8|Ti metal|Ti2p|Ti 2p fit|kinetic|986.61|1040.61|1380.79|0.0|802
        9|TiO|Ti2p|Ti 2p fit|kinetic|986.61|1040.61|0.0|0.0|802
        10|Ti2O3|Ti2p|Ti 2p fit|kinetic|986.61|1040.61|0.0|0.0|802
        11|TiO2|Ti2p|Ti 2p fit|kinetic|986.41|1040.41|0.0|0.0|802
        file|measured/regions/PHI_multipak_regions.npl|5
        0|Sample ID : 1|Block No.1|C 1s|binding|305.0|275.0|2047.5|1372.5|601
        1|Sample ID : 1|Block No.2|O 1s|binding|555.0|525.0|2952.5|2552.5|601
        2|Sample ID : 1|Block No.3|S 2p|binding|180.0|155.0|528.75|237.5|501
        3|Sample ID : 1|Block No.4|N 1s|binding|410.0|390.0|2805.0|2062.5|401
        4|Sample ID : 1|Block No.5|Mo 3d|binding|240.0|220.0|1252.5|537.5|401
        file|measured/fits/FeO_analyzed.vms|1
        0|FeO|Fe 2p|Fe 2p|kinetic|736.61|792.61|12516.9|2884.3|1121
        file|vamas/regular.vms|1
        0|1 as-loaded|Survey|Survey|kinetic|136.61|1486.6100000000001|1559.87|18.1529|1351
        file|vamas/irregular.vms|1
        0|1 as-loaded|Counts per Second|Survey|kinetic|136.61|1486.61|15598.7|181.529|1351
        file|vamas/xps_eis.vms|4
        0||||kinetic|1506.7|686.7|52426.0|2237.0|8201
        1||||kinetic|1261.7|1245.7|19689.0|14218.0|321
        2||||kinetic|1097.7|1050.7|14574.0|12393.0|941
        3||||kinetic|1246.7|1219.7|9995.0|7813.0|541
        file|vamas/aes_staib.vms|1
        0|1st sample id|1st block id|species|kinetic|19.989319|2200.0459459999997|-3423633.0|46755.0|1100
        file|measured/surveys/MgFe2O4.xy|294
        0|Alignment|Align||other|0.0|2999.0|0.0|0.0|3000
        2|1 as-loaded|Survey||binding|1350.0|0.0|15598.679|181.52882|1351
        3|1 as-loaded|Fe2p||binding|750.0|695.0|5913.3234|4013.8297|56
        5|2 S1110, UHV, RT, Epass = 20 eV|Survey||binding|1350.0|0.0|15562.675|277.94325|1351
        10|2 S1110, UHV, RT, Epass = 20 eV|Fe2p||binding|770.0|695.0|6007.2053|3912.3024|1501
        25|2 S1110, UHV, RT, Epass = 20 eV|Fe LMM||binding|800.0|770.0|5806.0591|6018.8424|601
        40|2 S1110, UHV, RT, Epass = 20 eV|MgKLL_1||binding|345.0|295.0|3977.2683|1101.0861|1001
        55|2 S1110, UHV, RT, Epass = 20 eV|Mg1s||binding|1315.0|1296.0|6007.6474|5745.1326|381
        65|2 S1110, UHV, RT, Epass = 20 eV|Fe3s-Si2p-Mg2s||binding|120.0|82.0|942.52441|737.73391|761
        75|2 S1110, UHV, RT, Epass = 20 eV|Fe3p-Mg2p||binding|65.0|40.0|777.86893|144.49624|501
        85|2 S1110, UHV, RT, Epass = 20 eV|N1s||binding|410.0|392.0|3895.0959|3962.3894|361
        115|2 S1110, UHV, RT, Epass = 20 eV|O1s||binding|540.0|525.0|3974.5151|3481.941|301
        125|2 S1110, UHV, RT, Epass = 20 eV|C1s||binding|320.0|300.0|3186.7872|1459.409|401
        140|2 S1110, UHV, RT, Epass = 20 eV|Si2s||binding|160.0|140.0|5346.266|5283.1308|201
        150|2 S1110, UHV, RT, Epass = 20 eV|VB||binding|12.0|1.5|160.81688|86.64104|211
        160|2 S1110, UHV, RT, Epass = 20 eV|Fermi level||binding|1.5|-1.5|122.06672|0.0|61
        170|3 S1110, UHV, RT, Epass = 30 eV|Survey||binding|1350.0|0.0|14172.833|239.32254|1351
        174|3 S1110, UHV, RT, Epass = 30 eV|Fe2p||binding|770.0|695.0|8566.5641|5326.0167|1501
        186|3 S1110, UHV, RT, Epass = 30 eV|Fe LMM||binding|800.0|770.0|8754.9016|8554.0281|601
        198|3 S1110, UHV, RT, Epass = 30 eV|MgKLL_1||binding|345.0|295.0|6093.1906|1947.2718|1001
        210|3 S1110, UHV, RT, Epass = 30 eV|Mg1s||binding|1315.0|1296.0|10895.693|9314.0751|381
        218|3 S1110, UHV, RT, Epass = 30 eV|Fe3s-Si2p-Mg2s||binding|120.0|82.0|1704.0728|1221.0241|761
        226|3 S1110, UHV, RT, Epass = 30 eV|Fe3p-Mg2p||binding|65.0|40.0|1024.932|343.13422|501
        234|3 S1110, UHV, RT, Epass = 30 eV|N1s||binding|410.0|392.0|6349.3387|6151.2875|361
        258|3 S1110, UHV, RT, Epass = 30 eV|O1s||binding|540.0|525.0|5535.5683|5047.6991|301
        266|3 S1110, UHV, RT, Epass = 30 eV|C1s||binding|320.0|300.0|5423.7639|2114.1612|401
        278|3 S1110, UHV, RT, Epass = 30 eV|Si2s||binding|165.0|145.0|1644.1918|1525.1649|401
        286|3 S1110, UHV, RT, Epass = 30 eV|VB||binding|12.0|1.5|280.28435|159.15706|211
        file|measured/surveys/ITO_survey_hv600_KE.csv|1
        0||*||kinetic|26.0|606.0|220.730699118004|0.031105649875708|291
        file|measured/regions/ITO_O1s_hv600.csv|1
        0||*||binding|546.0|521.0|8.30239|5.485799|126
        file|measured/regions/C1s_sample.csv|1
        0||*||binding|301.5|266.5|1709.0|393.0|351
        file|measured/regions/Ag_0001_scienta.txt|1
        0|Ag|Ag3d||binding|382.0|364.0|15.7494897842407|13.1949939727783|361
        """
}
