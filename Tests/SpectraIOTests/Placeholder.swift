import Testing
@testable import SpectraIO
