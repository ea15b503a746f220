import GRDB
import SetaraDomain
@testable import SetaraStore
import Testing

/// The reports read ids and dates from SQLite's bytes; these are the cases a wrong byte would
/// turn into a wrong count.
@Suite("Reading rows as bytes for the reports")
struct RawRowsTests {
    @Test("Ids short and long are the same key as their text; dates and timestamps give day numbers; anything else gives none")
    func keysAndDays() throws {
        let long = String(repeating: "RJ-IMPORTED-FROM-SPREADSHEET-", count: 2)   // 58 bytes: kept as text
        let db = try DatabaseQueue()
        try db.write { db in
            try db.execute(sql: "CREATE TABLE t (id TEXT, day TEXT, n INTEGER)")
            try db.execute(sql: "INSERT INTO t VALUES ('S000001', '2026-03-01', 7), (?, '2026-03-01T03:00:00Z', NULL), ('S00000', '2026-02-30', 1), ('S0000010', '01/03/2026', 2), (NULL, NULL, 3)",
                           arguments: [long])
        }
        var keys: [TextKey] = [], days: [Int32?] = [], numbers: [Int?] = []
        try db.read { db in
            try RawRows.each(db, sql: "SELECT id, day, n FROM t ORDER BY rowid") { row in
                keys.append(row.key(0)); days.append(row.dayNumber(1)); numbers.append(row.optionalInt(2))
            }
        }
        #expect(keys[0] == TextKey("S000001") && keys[1] == TextKey(long))
        // A shorter or longer id that starts the same is another key; so is a long id cut short.
        #expect(keys[2] != keys[0] && keys[3] != keys[0] && keys[1] != TextKey(String(long.dropLast())))
        #expect(Set(keys).count == 5)
        // Fifteen bytes are kept inline, sixteen as text: both still equal their text and differ from each other.
        try db.read { db in
            try RawRows.each(db, sql: "SELECT 'RJ-20261102-001', 'RJ-20261102-0001'") { row in
                #expect(row.key(0) == TextKey("RJ-20261102-001") && row.key(1) == TextKey("RJ-20261102-0001") && row.key(0) != row.key(1))
            }
        }
        let statuses = KeyedWords(Referral.Status.allCases.map { ($0.rawValue, $0) })
        #expect(statuses[TextKey("no_answer")] == .noAnswer && statuses[TextKey("no_answe")] == nil)
        let march1 = Int32(Day(parsing: "2026-03-01")!.dayNumber)
        #expect(days == [march1, march1, nil, nil, nil])
        #expect(numbers == [7, nil, 1, 2, 3])
    }

    @Test("Ids found by number are told apart from ids of another length or shape, which are found by their bytes")
    func idIndex() {
        func with<T>(_ text: String, _ body: (UnsafeRawBufferPointer) -> T) -> T {
            var text = text
            return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
        var index = IDIndex(letter: "S")
        for (position, id) in ["S000001", "S000007", "S1", "S000007X", "IMPORT-77", "S99999999999"].enumerated() {
            with(id) { index.insert($0, position) }
        }
        #expect(with("S000001") { index[$0] } == 0)
        #expect(with("S000007") { index[$0] } == 1)
        #expect(with("S1") { index[$0] } == 2)            // the same number as S000001, another id
        #expect(with("S000007X") { index[$0] } == 3)
        #expect(with("IMPORT-77") { index[$0] } == 4)
        #expect(with("S99999999999") { index[$0] } == 5)
        #expect(with("S000002") { index[$0] } == nil && with("S000070") { index[$0] } == nil && with("S2") { index[$0] } == nil)
    }
}
