import Testing
@testable import Harness

enum TestKind: String, ManifestEnum { case mlp, cnn, stn }

struct TestInner: Codable, Equatable, ManifestValidatable {
    var maxShift: Double = 0
    var count: Int = 1
    func validate(_ v: inout ManifestValidator) {
        v.require(maxShift >= 0, "maxShift", found: "\(maxShift)", expected: "≥ 0 eV")
    }
}

struct TestSpec: Codable, Equatable, ManifestValidatable {
    var name: String
    var model: TestKind
    var data: TestInner
    var tags: [String]?
    func validate(_ v: inout ManifestValidator) { v.nested(data, "data") }
}

@Suite struct StrictDecodingTests {
    func decode(_ text: String, overrides: [String] = []) throws -> TestSpec {
        let (doc, lines) = try JSONValue.parse(text, file: "m.json")
        return try StrictDecoder.decode(TestSpec.self, from: try Overrides.apply(overrides, to: doc), file: "m.json", lines: lines)
    }

    let good = """
        {
          "name": "a",
          "model": "stn",
          "data": {
            "maxShift": 3,
            "count": 2
          }
        }
        """

    @Test func decodesAGoodDocument() throws {
        #expect(try decode(good) == TestSpec(name: "a", model: .stn, data: TestInner(maxShift: 3, count: 2), tags: nil))
    }

    @Test func unknownKeyNamesPathLineAndAllowedKeys() {
        let text = good.replacingOccurrences(of: "\"count\": 2", with: "\"count\": 2,\n    \"maxShfit\": 1")
        #expect(throws: ManifestError.unknownKey(file: "m.json", path: "data.maxShfit", line: 7, allowed: ["count", "maxShift"])) {
            try decode(text)
        }
    }

    @Test func wrongTypeSaysFoundAndExpected() {
        let text = good.replacingOccurrences(of: "\"count\": 2", with: "\"count\": \"two\"")
        #expect(
            throws: ManifestError.wrongType(
                file: "m.json", path: "data.count", line: 6, found: "the string \"two\"",
                expected: "a whole number")
        ) { try decode(text) }
        let fractional = good.replacingOccurrences(of: "\"count\": 2", with: "\"count\": 2.5")
        #expect(throws: ManifestError.self) { try decode(fractional) }
    }

    @Test func outOfRangeAndBadEnum() {
        let text = good.replacingOccurrences(of: "\"maxShift\": 3", with: "\"maxShift\": -1")
        #expect(throws: ManifestError.outOfRange(file: "m.json", path: "data.maxShift", line: 5, found: "-1.0", expected: "≥ 0 eV")) {
            try decode(text)
        }
        let badModel = good.replacingOccurrences(of: "\"stn\"", with: "\"transformer\"")
        #expect(
            throws: ManifestError.outOfRange(
                file: "m.json", path: "model", line: 3, found: "the string \"transformer\"",
                expected: "one of \"mlp\", \"cnn\", \"stn\"")
        ) { try decode(badModel) }
    }

    @Test func missingKey() {
        let text = good.replacingOccurrences(of: "\"name\": \"a\",", with: "")
        #expect(throws: ManifestError.missingKey(file: "m.json", path: "name", line: 1)) { try decode(text) }
    }

    @Test func overridesAreTypeCheckedLikeTheFile() throws {
        #expect(try decode(good, overrides: ["data.maxShift=5", "model=cnn"]).data.maxShift == 5)
        #expect(try decode(good, overrides: ["model=cnn"]).model == .cnn)
        #expect(throws: ManifestError.self) { try decode(good, overrides: ["data.maxShift=lots"]) }
        #expect(throws: ManifestError.self) { try decode(good, overrides: ["data.extra=1"]) }
        #expect(throws: ManifestError.self) { try decode(good, overrides: ["noequals"]) }
        #expect(throws: ManifestError.self) { try decode(good, overrides: ["name.sub=1"]) }
    }

    @Test func syntaxErrorsNameLineAndColumn() {
        #expect(throws: ManifestError.self) { _ = try decodeWrapped("{\n  \"name\": \"a\",,\n}") }
        do {
            _ = try JSONValue.parse("{\n  \"a\": [1, 2,\n}", file: "x.json")
            Issue.record("expected a syntax error")
        } catch let e as JSONSyntaxError {
            #expect(e.line == 3)
        } catch { Issue.record("\(error)") }
    }

    func decodeWrapped(_ text: String) throws -> TestSpec {
        do { return try decode(text) } catch let e as JSONSyntaxError { throw ManifestError.syntax(e) }
    }

    @Test func serialisationRoundTripsAndKeepsKeyOrder() throws {
        let (doc, _) = try JSONValue.parse(good, file: "m.json")
        let (again, _) = try JSONValue.parse(doc.serialized(pretty: true), file: "again")
        #expect(again == doc)
        if case .object(let members) = doc { #expect(members.map(\.key) == ["name", "model", "data"]) }
    }
}
