import Foundation
import SetaraDomain

/// A vacancy's demand as stored in `vacancy.demand_profile`: one byte per functional dimension in
/// `FunctionalDimension.allCases` order, the level above the scale's lowest, as
/// `VacancyProfiles.demand` holds it. The order of dimensions it was written with is kept in
/// `setara_meta`; a version of Setara with other dimensions reads the demand rows instead until a
/// migration rewrites the column.
enum DemandProfile {
    static let layoutKey = "demand_profile_layout"
    static let layout = FunctionalDimension.allCases.map(\.rawValue).joined(separator: ",")

    static func bytes(_ demands: [FunctionalDimension: Int]) -> Data {
        var bytes = [UInt8](repeating: 0, count: VacancyProfiles.width)
        for (dimension, level) in demands {
            bytes[dimension.ordinal] = VacancyProfiles.demandByte(dimension.ordinal, level: level)
        }
        return Data(bytes)
    }
}
