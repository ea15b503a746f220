@testable import SetaraWeb
import Testing

@Suite("Web: every value a page shows is escaped for HTML")
struct HTMLEscapingTests {
    @Test("The five characters that matter in HTML become entities; everything else, any script, stays as it is",
          arguments: [
            ("<script>alert('x')</script> PT Baru", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; PT Baru"),
            ("Tom & Jerry \"Ltd\"", "Tom &amp; Jerry &quot;Ltd&quot;"),
            ("&amp; already", "&amp;amp; already"),
            ("Rina Wulandari", "Rina Wulandari"),
            ("Café « Pâtisserie » ≤ 5 — 東京 👩🏽‍🦯", "Café « Pâtisserie » ≤ 5 — 東京 👩🏽‍🦯"),
            // A combining mark after "<" makes one character of the two; the "<" is escaped all the same.
            ("a <\u{0338} b", "a &lt;\u{0338} b"),
            ("", ""),
          ])
    func escapes(text: String, expected: String) {
        #expect(HTMLEscaping.escape(text) == expected)
    }

    @Test("Pages use this escaping: a value with markup is shown as text in the page")
    func pagesUseIt() async throws {
        let pages = try await Pages.load(folder: webFolder)
        let rendered = pages.library.render(["message": "<b>\"Tebal\" & 'miring'</b> <\u{0338}", "t": [String: String](), "title": "x"],
                                            withTemplate: "message")
        let html = try #require(rendered)
        // The "<" before a combining mark is escaped too: swift-mustache's own escaping compares
        // whole characters and would leave it.
        #expect(html.contains("&lt;b&gt;&quot;Tebal&quot; &amp; &#39;miring&#39;&lt;/b&gt; &lt;\u{0338}"), "\(html)")
        #expect(!html.contains("<b>"))
        #expect(!html.hasPrefix("\n"), "the added first line leaves nothing in the page")
    }
}
