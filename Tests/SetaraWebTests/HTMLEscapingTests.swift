import Foundation
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

    @Test("A path put into the language link's query keeps letters and digits, and every other byte is %XX, as Foundation's alphanumerics encoding did for ASCII",
          arguments: ["/officer/seekers/S000071", "/officer/search?q=Rina Wulandari&region=3171", "/a/b-c_d.e~f%20", "/kafé/東京", ""])
    func queryText(path: String) {
        let encoded = URLQueryText.encode(path)
        #expect(encoded.removingPercentEncoding == path)
        #expect(encoded.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "%") })
        if path.allSatisfy(\.isASCII) {
            #expect(encoded == path.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        }
    }

    @Test("Pages use this escaping: a value with markup is shown as text in the page")
    func pagesUseIt() async throws {
        let pages = try await Pages.load(folder: webFolder)
        let rendered = pages.library(.en).render(["message": "<b>\"Tebal\" & 'miring'</b> <\u{0338}", "title": "x"],
                                            withTemplate: "message")
        let html = try #require(rendered)
        // The "<" before a combining mark is escaped too: an escaping that compared whole
        // characters would leave it.
        #expect(html.contains("&lt;b&gt;&quot;Tebal&quot; &amp; &#39;miring&#39;&lt;/b&gt; &lt;\u{0338}"), "\(html)")
        #expect(!html.contains("<b>"))
        #expect(html.hasPrefix("<!DOCTYPE html>"), "the line that includes the layout's head leaves nothing before it")
    }

    @Test("A template's words are written in once per language, escaped like any value; a word the language lacks stops the loading and names both files")
    func wordsWrittenIn() throws {
        let words = ["back": "Kembali", "terms": "Syarat & ketentuan"]
        let translated = try Pages.translate("<a>{{t.back}}</a> {{name}} <p>{{t.terms}}</p>{{#x}}{{t.back}}{{/x}}", words,
                                             file: "templates/a.mustache", wordsFile: "text/id.yaml")
        #expect(translated == "<a>Kembali</a> {{name}} <p>Syarat &amp; ketentuan</p>{{#x}}Kembali{{/x}}")
        do {
            _ = try Pages.translate("<h1>{{t.missing_word}}</h1>", words, file: "templates/b.mustache", wordsFile: "text/en.yaml")
            Issue.record("a missing word was accepted")
        } catch let error as Pages.LoadError {
            #expect(error.description.contains("templates/b.mustache"))
            #expect(error.description.contains("t.missing_word"))
            #expect(error.description.contains("text/en.yaml"))
        }
    }

    @Test("Each language's page carries its own words")
    func eachLanguageItsWords() async throws {
        let pages = try await Pages.load(folder: webFolder)
        let data: [String: Any] = ["message": "x", "title": "x"]
        let id = try #require(pages.library(.id).render(data, withTemplate: "message"))
        let en = try #require(pages.library(.en).render(data, withTemplate: "message"))
        #expect(id.contains(pages.word("skip_to_main", .id)) && !id.contains(pages.word("skip_to_main", .en)))
        #expect(en.contains(pages.word("skip_to_main", .en)) && !en.contains(pages.word("skip_to_main", .id)))
        #expect(!id.contains("{{") && !en.contains("{{"))
    }
}
