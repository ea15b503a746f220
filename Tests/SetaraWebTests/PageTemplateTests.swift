@testable import SetaraWeb
import Testing

@Suite("Web: page templates, read once and rendered at every request")
struct PageTemplateTests {
    func render(_ text: String, _ data: [String: Any], partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        library.add(try PageTemplate(text, file: "templates/t.mustache"), named: "t")
        for (name, partial) in partials { library.add(try PageTemplate(partial, file: "templates/\(name).mustache"), named: name) }
        return try #require(library.render(data, withTemplate: "t"))
    }

    @Test("A value is shown escaped, or as it is in three braces; a missing or nil value shows nothing")
    func values() throws {
        let data: [String: Any] = ["name": "<b>Rina & Co</b>", "count": 3, "none": String?.none as Any]
        #expect(try render("Hi {{name}}, {{{name}}}, {{& name}} ({{count}}){{missing}}{{none}}.", data)
            == "Hi &lt;b&gt;Rina &amp; Co&lt;/b&gt;, <b>Rina & Co</b>, <b>Rina & Co</b> (3).")
    }

    @Test("A section shows for true and for a value, once per element of a list, never for false, nil or an empty list")
    func sections() throws {
        let data: [String: Any] = [
            "yes": true, "no": false, "empty": [[String: Any]](), "words": ["a", "<b>"],
            "people": [["name": "Rina"], ["name": "Budi"]], "user": ["name": "rina"], "home": "/officer",
            "none": String?.none as Any,
        ]
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#empty}}E{{/empty}}{{#none}}Z{{/none}}{{#missing}}M{{/missing}}", data) == "Y")
        #expect(try render("{{#words}}[{{.}}]{{/words}}", data) == "[a][&lt;b&gt;]")
        #expect(try render("{{#people}}{{name}};{{/people}}", data) == "Rina;Budi;")
        #expect(try render("{{#user}}{{name}}{{/user}} {{#home}}<a href=\"{{home}}\">{{.}}</a>{{/home}}", data)
            == "rina <a href=\"/officer\">/officer</a>")
        #expect(try render("{{^no}}n{{/no}}{{^empty}}e{{/empty}}{{^missing}}m{{/missing}}{{^none}}z{{/none}}{{^yes}}Y{{/yes}}{{^words}}W{{/words}}", data)
            == "nemz")
    }

    @Test("Inside a section a name is looked up in its value first, then outward; a dotted name goes inside")
    func lookUp() throws {
        let data: [String: Any] = ["csrf": "tok", "title": "Page", "items": [["title": "One"], ["id": "2"]],
                                   "user": ["role": ["name": "officer"]]]
        #expect(try render("{{#items}}{{title}}:{{csrf}} {{/items}}", data) == "One:tok Page:tok ")
        #expect(try render("{{user.role.name}} {{user.missing.name}}.", data) == "officer .")
    }

    @Test("A line with nothing but a section, closing, partial or comment tag leaves no line; a value's line stays")
    func standaloneLines() throws {
        let text = "<ul>\n  {{#items}}\n<li>{{.}}</li>\n  {{/items}}\n{{! a note }}\n</ul>\n{{> foot}}\n{{name}}\n"
        #expect(try render(text, ["items": ["a", "b"], "name": "x"], partials: ["foot": "<footer>\n"])
            == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<footer>\nx\n")
        #expect(try render("a {{#x}}b{{/x}} c\n", ["x": true]) == "a b c\n")
    }

    @Test("A template that cannot be read is refused with its file, its line and what is wrong",
          arguments: [
            ("<p>\n{{#results}}\n<li>\n", "line 2", "{{#results}} is never closed"),
            ("{{#a}}\n{{/b}}\n", "line 2", "{{/b}} closes the section {{#a}} of line 1"),
            ("x\n{{/a}}", "line 2", "not opened"),
            ("{{name\n}}", "line 1", "not closed on the same line"),
            ("{{=<% %>=}}", "line 1", "not one Setara's templates use"),
            ("{{a b}}", "line 1", "not a name"),
          ])
    func refused(text: String, line: String, problem: String) {
        do {
            _ = try PageTemplate(text, file: "templates/bad.mustache")
            Issue.record("\(text) was read")
        } catch {
            #expect(error.description.contains("templates/bad.mustache, \(line)"), "\(error.description)")
            #expect(error.description.contains(problem), "\(error.description)")
        }
    }

    @Test("Every page template of Web/ is read, and every partial it includes exists")
    func everyTemplateReads() async throws {
        let pages = try await Pages.load(folder: webFolder)
        #expect(pages.library(.en).templates.count >= 20)
        #expect(pages.library(.en).missingPartial() == nil)
        var library = TemplateLibrary()
        library.add(try PageTemplate("{{> nowhere}}", file: "templates/t.mustache"), named: "t")
        #expect(library.missingPartial()! == ("t", "nowhere"))
    }
}
