import SetaraDomain
import Testing

@Suite("Control characters in text people enter (issue 9, cases 6 and 14)")
struct TextControlTests {
    @Test("NUL, BEL, ESC, DEL, C1 and line separators are control characters; letters of any script are not", arguments: [
        ("PT Sinar\u{0}Abadi", true), ("Siti\u{7}", true), ("\u{1B}[2J", true), ("a\u{7F}", true), ("e\u{85}n", true),
        ("a\u{2028}b", true), ("Jl. Merdeka\nRT 02", true), ("Ṣiti Rahmawati", false), ("Nguyễn Thị Ánh", false), ("株式会社", false),
        ("Rp 3.500.000", false), ("", false),
    ])
    func detection(text: String, control: Bool) {
        #expect(text.hasControlCharacter() == control)
    }

    @Test("An address may hold line breaks and tabs, but not ESC or NUL")
    func lineBreaksAllowed() {
        #expect(!"Jl. Merdeka 5,\r\nRT 02\tRW 03".hasControlCharacter(lineBreaksAllowed: true))
        #expect("Jl. Merdeka\u{1B}".hasControlCharacter(lineBreaksAllowed: true))
        #expect(Validate.text("Jl. A\nB", field: "address", lineBreaksAllowed: true) == nil)
        #expect(Validate.text("Siti\nBudi", field: "name")?.problem == .controlCharacter)
    }

    @Test("Shown on a screen, line breaks become a space and other control characters are written out")
    func display() {
        #expect("Siti\u{1B}[2J\u{7}\r\nNIK: 0000".forDisplay == "Siti\\u{1B}[2J\\u{07} NIK: 0000")
        #expect("Rina Wulandari".forDisplay == "Rina Wulandari")
    }

    @Test("A message never carries a control character from a file, and repeats at most 40 characters of a value")
    func messages() {
        let unknown = ValidationIssue(field: "na\u{1B}me", problem: .notOneOf(value: "x\u{7}", allowed: ["a"]))
        #expect(unknown.message(.en) == "na\\u{1B}me is \"x\\u{07}\", which is not allowed; expected one of: a.")
        let long = ValidationIssue(field: "education", problem: .notOneOf(value: String(repeating: "z", count: 500), allowed: ["sd"]))
        #expect(long.message(.id).count < 150)
    }
}
