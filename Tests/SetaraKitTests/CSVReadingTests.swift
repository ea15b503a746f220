import Foundation
import SetaraDomain
import SetaraKit
import SetaraStore
import Testing

@Suite("Reading CSV files as spreadsheets write them")
final class CSVReadingTests {
    let temp = TempFolder()

    @Test("Quoted fields keep commas, doubled quotes and line breaks, and later rows keep their true line numbers")
    func quoting() throws {
        let csv = "nik,name,regency,education,address\r\n"
            + "3273014508950002,\"Siti \"\"Ayu\"\" Rahma\",3273,smk,\"Jl. Merdeka No. 5,\nRT 02 RW 03\"\r\n"
            + "327301450895000,Budi,3273,sma,\r\n"
        let path = try temp.file("s.csv", csv)
        let records = try SourceReader.read(path: path, kind: nil)
        #expect(records.map(\.location.line) == [2, 4])
        #expect(records[0].value.field("name") == .text("Siti \"Ayu\" Rahma"))
        #expect(records[0].value.field("address") == .text("Jl. Merdeka No. 5,\nRT 02 RW 03"))
        let store = try SQLiteStore(path: ":memory:")
        let plan = try Importer(store: store, catalogIDs: [], today: today).plan(records)
        #expect(plan.rejected.flatMap { $0.lines(.en) } == ["s.csv, line 4: nik must be 16 digits; you entered 15."])
    }

    @Test("An unclosed quote is reported with the line where it opens")
    func unclosedQuote() throws {
        let path = try temp.file("s.csv", "nik,name\n3273014508950002,\"Siti\n")
        do {
            _ = try SourceReader.read(path: path, kind: nil)
            Issue.record("read")
        } catch {
            #expect(error.message(.en) == "s.csv, line 2: the file is not well-formed: a quoted field is not closed.")
        }
    }

    @Test("A large file read in parts gives the same records, in order, with the right lines")
    func largeFile() throws {
        var csv = "nik,name,regency,education,address\n"
        for index in 0..<30_000 {
            // Every 7th address spans two lines, so that line and record numbers differ.
            let address = index % 7 == 0 ? "\"Blok \(index),\nKota\"" : "Jl. \(index)"
            csv += "3273014508\(String(format: "%06d", 900_000 + index)),Name \(index),3273,sma,\(address)\n"
        }
        let path = try temp.file("big.csv", csv)
        #expect(csv.utf8.count > 1 << 20)
        let records = try SourceReader.read(path: path, kind: nil)
        #expect(records.count == 30_000)
        #expect(records.map(\.location.record) == Array(1...30_000))
        var line = 2
        for (index, record) in records.enumerated() {
            #expect(record.location.line == line)
            #expect(record.value.field("name") == .text("Name \(index)"))
            line += index % 7 == 0 ? 2 : 1
        }
    }

    @Test("A bare quote in an unquoted cell does not move where a large file is split (issue 9, case 4)")
    func bareQuoteInLargeFile() throws {
        // One screen size written without quotes, as spreadsheets let people type it, then rows
        // whose quoted addresses span two lines: a splitter that counts every quote is out of
        // step from the bare quote on, and splits inside an address.
        var csv = "nik,name,regency,education,address\n"
        csv += "3273014508900000,Name 0,3273,sma,Monitor 5\" wide\n"
        var expected: [(line: Int, name: String, address: String)] = [(2, "Name 0", "Monitor 5\" wide")]
        var line = 3
        for index in 1..<17_000 {
            let address = "Blok \(index),\nRT 0\(index % 9) \"\"Melati\"\""
            csv += "3273014508\(String(format: "%06d", 900_000 + index)),Name \(index),3273,sma,\"\(address)\"\n"
            expected.append((line, "Name \(index)", "Blok \(index),\nRT 0\(index % 9) \"Melati\""))
            line += 2
        }
        #expect(csv.utf8.count > 1 << 20)
        let records = try SourceReader.read(path: try temp.file("quotes.csv", csv), kind: nil)
        #expect(records.count == expected.count)
        for (record, row) in zip(records, expected) {
            #expect(record.location.line == row.line)
            #expect(record.value.field("name") == .text(row.name))
            #expect(record.value.field("address") == .text(row.address))
        }
    }
}
