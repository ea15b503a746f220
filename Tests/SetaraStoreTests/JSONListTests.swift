import Testing
@testable import SetaraStore

/// Short lists (skills, needs, features) are stored as JSON text; what is written must come back
/// the same, whatever the items hold.
@Suite("Lists stored as JSON text")
struct JSONListTests {
    @Test("a list comes back exactly as written", arguments: [
        [], [""], ["a"], ["step_free_access", "quiet_space"], ["", "b", ""],
        ["Bahasa \"Isyarat\"", "a\\b", "baris\nbaru", "tab\there"], ["kursi, roda", "[x]", "ü é ñ 日本"],
    ] as [[String]])
    func roundTrip(_ items: [String]) {
        #expect(JSONList.decode(JSONList.encode(items)) == items)
    }

    @Test("lists written by other tools, with spaces or escapes, are read too")
    func otherWriters() {
        #expect(JSONList.decode(#"[ "a" , "b" ]"#) == ["a", "b"])
        #expect(JSONList.decode(#"["a\"b"]"#) == ["a\"b"])
        #expect(JSONList.decode("not a list") == [])
        #expect(JSONList.decode(nil) == [])
    }
}
