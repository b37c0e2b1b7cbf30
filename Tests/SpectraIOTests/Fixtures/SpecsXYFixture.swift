// A SpecsLab Prodigy `.xy` export: file header, one group, two regions (a survey piece with
// one curve, C 1s with two cycles), kinetic-energy axis, counts per second. Layout after
// Prodigy 4.x exports; numbers made up but self-consistent (Values/Curve, step, start).

enum SpecsXYFixture {
    static let text = """
        # Created by:        SpecsLab Prodigy, Version 4.100.1-r111001
        # Scan Mode:         Fixed Analyzer Transmission
        # Separate Scan Data: no
        # Separate Channel Data: no
        # Transmission Function: no
        # Error Bar: no
        # Count Rate: Counts per Second
        # Energy Axis: Kinetic Energy
        #
        # Group:             1 as-loaded
        #
        # Region:            Survey
        # Acquisition Date:  2023-08-24 14:19:47 UTC
        # Analysis Method:   XPS
        # Analyzer:          PHOIBOS 150
        # Analyzer Lens:     LargeArea:1.5kV
        # Analyzer Slit:     4:7x20c\\C:mesh
        # Scan Mode:         FixedAnalyzerTransmission
        # Curves/Scan:       1
        # Values/Curve:      6
        # Step Size:         1
        # Dwell Time:        0.1
        # Excitation Energy: 1486.61
        # Kinetic Energy:    1181.61
        # Pass Energy:       100
        # Bias Voltage:      90
        # Detector Voltage:  1600
        # Eff. Workfunction: 4.1082
        # Source:            Al
        # Comment:
        # Number of Scans:   1
        #
        # Cycle: 0, Curve: 0
        #   ColumnLabels: energy counts/s
          1181.610000  1.559870E+04
          1182.610000  1.586790E+04
          1183.610000  1.565150E+04
          1184.610000  1.532130E+04
          1185.610000  1.579340E+04
          1186.610000  1.566200E+04

        #
        # Region:            C 1s
        # Acquisition Date:  2023-08-24 14:31:02 UTC
        # Analysis Method:   XPS
        # Analyzer:          PHOIBOS 150
        # Analyzer Lens:     LargeArea:1.5kV
        # Analyzer Slit:     4:7x20c\\C:mesh
        # Scan Mode:         FixedAnalyzerTransmission
        # Curves/Scan:       1
        # Values/Curve:      5
        # Step Size:         0.5
        # Dwell Time:        0.2
        # Excitation Energy: 1486.61
        # Kinetic Energy:    1197.61
        # Pass Energy:       30
        # Bias Voltage:      90
        # Detector Voltage:  1600
        # Eff. Workfunction: 4.1082
        # Source:            Al
        # Comment:           adventitious carbon
        # Number of Scans:   2
        #
        # Cycle: 0, Curve: 0
        #   ColumnLabels: energy counts/s
          1197.610000  2.101000E+03
          1198.110000  2.934500E+03
          1198.610000  5.120250E+03
          1199.110000  3.002750E+03
          1199.610000  2.150000E+03

        # Cycle: 1, Curve: 0
        #   ColumnLabels: energy counts/s
          1197.610000  2.099000E+03
          1198.110000  2.940500E+03
          1198.610000  5.101750E+03
          1199.110000  3.010250E+03
          1199.610000  2.148000E+03

        """
}
