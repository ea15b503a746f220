import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraStore
import Testing

@Suite("The demo data uses real regencies and existing KBJI codes")
struct DemoReferenceTests {
    @Test("Every generated record passes validation: regencies of the Kepmendagri list, KBJI 2014 codes, NIKs that agree with sex and birth date")
    func demoIsValid() throws {
        let catalog = try CatalogLoader.load(folder: CatalogLoader.defaultFolder())
        var generator = DemoGenerator(catalog: catalog, seed: 13)
        let batch = generator.generate(size: DemoSize(seekers: 500, employers: 60, vacancies: 200))
        let known = Set(catalog.accommodations.map(\.id))
        #expect(batch.seekers.flatMap { $0.validate() }.isEmpty)
        #expect(batch.employers.flatMap { $0.validate() }.isEmpty)
        #expect(batch.workplaces.flatMap { $0.validate(catalog: known) }.isEmpty)
        #expect(batch.vacancies.flatMap { $0.validate() }.isEmpty)
        #expect(batch.seekers.allSatisfy { Regions.regency(code: $0.regencyCode) != nil })
        #expect(batch.vacancies.allSatisfy { KBJI.entry(code: $0.kbji) != nil })
        #expect(batch.seekers.allSatisfy { $0.preferredOccupations.allSatisfy { KBJI.entry(code: $0) != nil } })
    }
}
