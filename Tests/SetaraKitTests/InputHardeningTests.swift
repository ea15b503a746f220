import Foundation
import SetaraDomain
import SetaraKit
import SetaraStore
import Testing

/// Reads files and plans the import into an empty database: the accepted records and every
/// rejection line in English.
private func check(_ temp: TempFolder, _ name: String, _ text: String, kind: ImportKind? = nil) throws -> (ImportPlan, [String]) {
    let store = try SQLiteStore(path: ":memory:")
    let plan = try importFiles(store, [try temp.file(name, text)], kind: kind)
    return (plan, plan.rejected.flatMap { $0.lines(.en) })
}

/// The English message of the error that refuses a whole file, or nil when the file was read.
private func refusal(_ temp: TempFolder, _ name: String, _ text: String, kind: ImportKind? = nil) throws -> String? {
    let path = try temp.file(name, text)
    do {
        _ = try SourceReader.read(path: path, kind: kind)
        return nil
    } catch {
        return error.message(.en)
    }
}

let seekerHeader = "nik,name,regency,education"
let seekerRow = "3273014508950002,Siti Rahmawati,3273,smk"

@Suite("Numbers with decimals are read exactly or refused, never multiplied (issue 9, case 5)")
final class DecimalNumberTests {
    let temp = TempFolder()

    @Test("Rupiah amounts with a decimal part of zero are read exactly, in Indonesian and English notation", arguments: [
        ("Rp 3.500.000,00", 3_500_000), ("3.500.000,00", 3_500_000), ("3,500,000.00", 3_500_000), ("Rp 3.500.000", 3_500_000),
        ("3500000", 3_500_000), ("3.500", 3_500), ("3 500 000", 3_500_000), ("3500000,0", 3_500_000),
    ])
    func exactRupiah(text: String, expected: Int) throws {
        let (plan, lines) = try check(temp, "s.csv", "\(seekerHeader),wage_expectation\n\(seekerRow),\"\(text)\"\n")
        #expect(lines.isEmpty)
        #expect(plan.batch.seekers.first?.wageExpectation == expected)
    }

    @Test("A rupiah amount with cents, hours with a fraction and half openings are refused, naming the field", arguments: [
        ("s.csv", "\(seekerHeader),wage_expectation\n\(seekerRow),\"Rp 3.500.000,50\"\n", "wage_expectation"),
        ("s.csv", "\(seekerHeader),max_hours_per_week\n\(seekerRow),7.5\n", "max_hours_per_week"),
        ("s.csv", "\(seekerHeader),max_hours_per_week\n\(seekerRow),\"7,5\"\n", "max_hours_per_week"),
        ("v.yaml", "employers:\n  - {id: E1, name: PT A, ownership: private, headcount: 10, regency: \"3273\"}\nworkplaces:\n  - {id: W1, employer: E1, name: Gudang, regency: \"3273\"}\nvacancies:\n  - {workplace: W1, title: Operator, kbji: \"7533\", openings: 2.5}\n", "openings"),
        ("v.json", #"{"employers": [{"id": "E1", "name": "PT A", "ownership": "private", "headcount": 10, "regency": "3273"}], "workplaces": [{"id": "W1", "employer": "E1", "name": "Gudang", "regency": "3273"}], "vacancies": [{"workplace": "W1", "title": "Operator", "kbji": "7533", "hours_per_week": 37.5}]}"#, "hours_per_week"),
        ("s.csv", "\(seekerHeader),wage_expectation\n\(seekerRow),35.00.000\n", "wage_expectation"),
    ])
    func decimalsRefused(name: String, text: String, field: String) throws {
        let (plan, lines) = try check(temp, name, text)
        #expect(plan.rejected.count == 1)
        #expect(lines.contains { $0.contains(": \(field) is \"") && $0.contains("expected a whole number") }, "\(lines)")
        #expect(plan.batch.seekers.isEmpty && plan.batch.vacancies.isEmpty)
    }
}

@Suite("Nothing a file holds is dropped without a word (issue 9, case 6)")
final class NothingDroppedTests {
    let temp = TempFolder()

    @Test("A profile or demands written as text or as a list is refused, naming the field", arguments: [
        ("seekers:\n  - {nik: \"3273014508950002\", name: Siti, regency: \"3273\", education: smk, profile: \"near_vision 0/3\"}\n", "profile"),
        ("seekers:\n  - {nik: \"3273014508950002\", name: Siti, regency: \"3273\", education: smk, profile: [near_vision, 0]}\n", "profile"),
        ("seekers:\n  - {nik: \"3273014508950002\", name: Siti, regency: \"3273\", education: smk, profile: {near_vision: [0, 3]}}\n", "profile.near_vision"),
        ("employers:\n  - {id: E1, name: PT A, ownership: private, headcount: 10, regency: \"3273\"}\nworkplaces:\n  - {id: W1, employer: E1, name: Gudang, regency: \"3273\"}\nvacancies:\n  - {workplace: W1, title: Operator, kbji: \"7533\", demands: \"lifting 3\"}\n", "demands"),
        ("employers:\n  - {id: E1, name: PT A, ownership: private, headcount: 10, regency: \"3273\"}\nworkplaces:\n  - {id: W1, employer: E1, name: Gudang, regency: \"3273\"}\nvacancies:\n  - {workplace: W1, title: Operator, kbji: \"7533\", demands: [lifting, 3]}\n", "demands"),
    ])
    func nestedFormsAsText(yaml: String, field: String) throws {
        let (plan, lines) = try check(temp, "r.yaml", yaml)
        #expect(plan.rejected.count == 1)
        #expect(lines.contains { $0.contains(": \(field) could not be read") }, "\(lines)")
    }

    @Test("A CSV column named twice is refused, even in another case")
    func duplicateColumns() throws {
        let message = try refusal(temp, "s.csv", "nik,name,regency,education,Name\n\(seekerRow),Budi\n")
        #expect(message == "s.csv, line 1: the file is not well-formed: the column name appears twice in the header (columns 2 and 5).")
    }

    @Test("A value under a column with no name in the header is refused; an empty column with no name is not")
    func emptyHeader() throws {
        let (plan, lines) = try check(temp, "s.csv", "nik,name,,regency,education\n3273014508950002,Siti,Jl. Merdeka 5,3273,smk\n3277011203900001,Budi,,3277,sma\n")
        #expect(lines == ["s.csv, line 2: column 3 (no name in the header) has a value, which would be lost; name the column or empty it."])
        #expect(plan.batch.seekers.map(\.name) == ["Budi"])
        let (trailing, none) = try check(temp, "t.csv", "nik,name,regency,education,,\n\(seekerRow),,\n")
        #expect(none.isEmpty)
        #expect(trailing.batch.seekers.count == 1)
    }

    @Test("A JSON object with the same key twice is refused with the line of the second", arguments: [
        "{\"seekers\": [\n{\"nik\": \"3273014508950002\", \"name\": \"Siti\",\n \"name\": \"Budi\", \"regency\": \"3273\", \"education\": \"smk\"}]}",
        "{\"seekers\": [\n{\"nik\": \"3273014508950002\", \"name\": \"Siti\",\n \"n\\u0061me\": \"Budi\", \"regency\": \"3273\", \"education\": \"smk\"}]}",
    ])
    func jsonDuplicateKeys(json: String) throws {
        let message = try refusal(temp, "s.json", json)
        #expect(message == "s.json, line 3: the file is not well-formed: the key name appears twice in one object.")
    }

    @Test("A YAML mapping with the same key twice is refused without printing the file")
    func yamlDuplicateKeys() throws {
        let message = try #require(try refusal(temp, "s.yaml", "seekers:\n  - nik: \"3273014508950002\"\n    name: Siti\n    name: Budi\n"))
        #expect(message.hasPrefix("s.yaml, line 3"))
        #expect(message.contains("the key name appears twice"))
        #expect(!message.contains("3273014508950002"))
        #expect(!message.contains("Siti"))
    }

    @Test("A NUL byte or another control character in text is refused, naming the field", arguments: [
        ("e.csv", "name,ownership,headcount,regency\nPT Sinar\u{0}Abadi,private,10,3273\n", "name"),
        ("e.json", #"{"employers": [{"name": "PT Sinar\u0000Abadi", "ownership": "private", "headcount": 10, "regency": "3273"}]}"#, "name"),
        ("s.csv", "\(seekerHeader)\n3273014508950002,Siti\u{1B}[2J,3273,smk\n", "name"),
        ("s.csv", "\(seekerHeader),skills\n\(seekerRow),Menjahit; Obras\u{7}\n", "skills[2]"),
        ("s.csv", "\(seekerHeader),email\n\(seekerRow),siti\u{1B}@contoh.id\n", "email"),
        ("s.csv", "\(seekerHeader),languages\n\(seekerRow),id; e\u{85}n\n", "languages[2]"),
        ("s.csv", "\(seekerHeader)\n3273014508950002,\"Siti\nNIK: 3171014508950002\",3273,smk\n", "name"),
    ])
    func controlCharacters(name: String, text: String, field: String) throws {
        let (plan, lines) = try check(temp, name, text)
        #expect(plan.rejected.count == 1)
        #expect(lines.contains { $0.contains(": \(field) contains a control character") }, "\(lines)")
        #expect(!lines.joined().contains { $0.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
    }

    @Test("A YAML list item holding ';' reads as the CSV that export writes of it; a list inside a list is refused")
    func listItems() throws {
        let (plan, lines) = try check(temp, "s.yaml", "seekers:\n  - {nik: \"3273014508950002\", name: Siti, regency: \"3273\", education: smk, skills: [\"Menjahit; Obras\", Bordir]}\n")
        #expect(lines.isEmpty)
        #expect(plan.batch.seekers.first?.skills == ["Menjahit", "Obras", "Bordir"])
        let (_, nested) = try check(temp, "n.yaml", "seekers:\n  - {nik: \"3273014508950002\", name: Siti, regency: \"3273\", education: smk, skills: [Menjahit, [Obras]]}\n")
        #expect(nested == ["n.yaml, line 2: skills could not be read: expected a list of single values."])
    }

    @Test("An address may hold a line break, as spreadsheets write it")
    func multilineAddress() throws {
        let (plan, lines) = try check(temp, "s.csv", "\(seekerHeader),address\n\(seekerRow),\"Jl. Merdeka 5,\r\nRT 02\"\n")
        #expect(lines.isEmpty)
        #expect(plan.batch.seekers.first?.address == "Jl. Merdeka 5,\r\nRT 02")
    }
}

@Suite("No file crashes or hangs the import (issue 9, case 7)")
final class NoCrashTests {
    let temp = TempFolder()

    @Test("An id too large for the id counter is refused as an id, and the other records still get ids", arguments: [
        "S9223372036854775807", "S99999999999999999999999", "S18446744073709551616",
    ])
    func hugeID(id: String) throws {
        let (plan, lines) = try check(temp, "s.csv", "id,\(seekerHeader)\n\(id),\(seekerRow)\n,3277011203900001,Budi,3277,sma\n")
        #expect(lines == ["s.csv, line 2: id is not a valid id; expected S followed by digits, e.g. S000123."])
        #expect(plan.batch.seekers.map(\.id) == ["S000001"])
    }

    @Test("YAML aliases are refused before they are expanded: a file under 1 KB cannot take minutes and gigabytes")
    func aliasBomb() throws {
        var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = "abcdefghij".map(String.init)
        for index in 1..<names.count {
            let previous = "*" + names[index - 1]
            yaml += "\(names[index]): &\(names[index]) [\(Array(repeating: previous, count: 9).joined(separator: ","))]\n"
        }
        yaml += "seekers: [*j]\n"
        #expect(yaml.utf8.count < 1024)
        let started = Date()
        let message = try #require(try refusal(temp, "bomb.yaml", yaml))
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(message.hasPrefix("bomb.yaml, line 1"), "\(message)")
        #expect(message.contains("anchors and aliases (& and *) are not accepted"))
    }

    @Test("An alias used as a mapping key is refused too (hashing it would expand it)")
    func aliasKey() throws {
        var yaml = "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
        let names = "abcdefghi".map(String.init)
        for index in 1..<names.count {
            yaml += "\(names[index]): &\(names[index]) [\(Array(repeating: "*" + names[index - 1], count: 10).joined(separator: ","))]\n"
        }
        yaml += "? *i\n: boom\n"
        let started = Date()
        #expect(try refusal(temp, "key.yaml", yaml) != nil)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test("Deep nesting is refused with a message, in JSON and in YAML", arguments: [
        ("deep.json", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)),
        ("deep.json", "{\"seekers\": [" + String(repeating: "{\"a\":", count: 50_000) + "1" + String(repeating: "}", count: 50_000) + "]}"),
        ("deep.yaml", "seekers: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)),
        ("deep.yaml", "seekers:\n" + (0..<3000).map { String(repeating: " ", count: $0) + "- \n" }.joined()),
    ])
    func deepNesting(name: String, text: String) throws {
        let message = try #require(try refusal(temp, name, text, kind: .seekers))
        #expect(message.contains("nested"), "\(message)")
    }

    @Test("A seeker registered in 2199 is shown with a card valid until 2201, not a crash")
    func farFutureRegistration() throws {
        let (plan, lines) = try check(temp, "s.csv", "\(seekerHeader),registered_on\n\(seekerRow),2199-02-28\n")
        #expect(lines.isEmpty)
        let seeker = try #require(plan.batch.seekers.first)
        #expect(TextRender(language: .en).seeker(seeker, category: nil).contains("AK/1 card valid until 2201-02-28"))
    }
}

@Suite("Messages never echo personal data nor print control characters (issue 9, case 14)")
final class NoEchoTests {
    let temp = TempFolder()

    @Test("A YAML file that cannot be read names file, line, column and problem, and prints none of its lines", arguments: [
        "seekers:\n  - nik: \"3273014508950002\"\n    disability_category: sensorik_netra\n    name: \"Siti\u{7}\"\n",
        "seekers:\n  - nik: \"3273014508950002\"\n    disability_category: sensorik_netra\n    name: [Siti\n",
        "seekers:\n  - nik: \"3273014508950002\"\n    disability_category: sensorik_netra\n    name: Siti\u{0}\n",
        "seekers:\n  - nik: \"3273014508950002\"\n    disability_category: sensorik_netra\n    disability_category: sensorik_rungu\n",
    ])
    func yamlErrors(yaml: String) throws {
        let message = try #require(try refusal(temp, "s.yaml", yaml))
        #expect(message.hasPrefix("s.yaml, line "), "\(message)")
        #expect(message.contains("column "), "\(message)")
        for secret in ["3273014508950002", "sensorik", "Siti"] { #expect(!message.contains(secret), "\(message)") }
        #expect(!message.contains("\n"))
    }

    @Test("Text with control characters stored before they were refused is shown escaped, never raw")
    func renderEscapes() throws {
        let (plan, _) = try check(temp, "s.csv", "\(seekerHeader),address\n\(seekerRow),\"Jl. Merdeka 5,\nRT 02\"\n")
        var seeker = try #require(plan.batch.seekers.first)
        seeker.name = "Siti\u{1B}[2J\u{7}\nNIK: 0000"
        let text = TextRender(language: .en).seeker(seeker, category: nil)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("Name: Siti\\u{1B}[2J\\u{07} NIK: 0000\n"))
        #expect(text.contains("Address: Jl. Merdeka 5, RT 02\n"))
        #expect(!TextRender(language: .en).seekerLine(seeker).contains("\u{1B}"))
    }
}
