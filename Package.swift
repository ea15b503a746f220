// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

// Setara is built and tested on Linux (Debian 12, Swift 6): it speaks through libespeak-ng and
// reads Linux's terminal and audio devices. No other platform is claimed.
let package = Package(
    name: "Setara",
    products: [
        .executable(name: "setara", targets: ["setara"]),
        .executable(name: "setara-bench", targets: ["setara-bench"]),
        .library(name: "SetaraDomain", targets: ["SetaraDomain"]),
        .library(name: "SetaraCatalog", targets: ["SetaraCatalog"]),
        .library(name: "SetaraStore", targets: ["SetaraStore"]),
        .library(name: "SetaraMatching", targets: ["SetaraMatching"]),
        .library(name: "SetaraSpeech", targets: ["SetaraSpeech"]),
        .library(name: "SetaraVoice", targets: ["SetaraVoice"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Tests only: generated inputs (the CSV reader read whole and in pieces) and seeded random numbers (the fuzz test).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // The web front end (`setara serve`): the HTTP server and router, and bcrypt. Its templates
        // are Mustache files rendered by Setara's own `PageTemplate` (docs/web.md, "Templates").
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        // SHA-256 of session and invitation tokens: the database keeps only their hashes.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // Records, functional dimensions and scales, validation, localised messages. No I/O.
        .target(name: "SetaraDomain", swiftSettings: strict),
        // Reads the accommodation catalog people edit: Accommodations/. (Voices/ is read by SetaraSpeech.)
        .target(
            name: "SetaraCatalog",
            dependencies: ["SetaraDomain", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        // SQLite settings that only C can make (`sqlite3_config` takes variable arguments).
        .target(name: "CSQLiteSettings", dependencies: [.product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // The record store: one protocol, one SQLite backend on GRDB.
        .target(
            name: "SetaraStore",
            dependencies: [
                "SetaraDomain", "CSQLiteSettings", .product(name: "GRDB", package: "GRDB.swift"),
                // BulkStatement binds through SQLite's C API.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strict),
        // Capacity against demand, gaps and the accommodations that bridge them. No I/O.
        .target(name: "SetaraMatching", dependencies: ["SetaraDomain", "SetaraCatalog"], swiftSettings: strict),
        // Use cases behind the command line: import, export, demo data, rendering.
        .target(
            name: "SetaraKit",
            dependencies: [
                "SetaraDomain", "SetaraCatalog", "SetaraStore",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict),
        // The application layer: the office's use cases, called alike by the command line, the
        // voice terminal and (next) the web page.
        .target(
            name: "SetaraApp",
            dependencies: ["SetaraDomain", "SetaraCatalog", "SetaraStore", "SetaraMatching", "SetaraKit"],
            swiftSettings: strict),
        // libespeak-ng's header, imported by SetaraSpeech only. The library is opened at run time,
        // when Setara first speaks, not linked (docs/speech.md): no pkg-config, so no -lespeak-ng.
        .systemLibrary(name: "CEspeakNG", providers: [.apt(["libespeak-ng-dev"])]),
        // Speech: the engine interface, the eSpeak NG engine (one owner thread), audio outputs,
        // the recording engine, text normalisation and the Voices/ folder.
        .target(
            name: "SetaraSpeech",
            dependencies: ["CEspeakNG", "SetaraDomain", "SetaraCatalog", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        // The voice-guided terminal session: screens, keys, time limits, referrals.
        .target(
            name: "SetaraVoice",
            dependencies: ["SetaraSpeech", "SetaraDomain", "SetaraCatalog", "SetaraStore", "SetaraMatching", "SetaraApp"],
            swiftSettings: strict),
        // The web front end: pages for employers' HR officers and officers, over the application layer.
        .target(
            name: "SetaraWeb",
            dependencies: [
                "SetaraDomain", "SetaraCatalog", "SetaraStore", "SetaraMatching", "SetaraKit", "SetaraApp",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "setara",
            dependencies: [
                "SetaraDomain", "SetaraCatalog", "SetaraStore", "SetaraKit", "SetaraMatching", "SetaraApp",
                "SetaraSpeech", "SetaraVoice", "SetaraWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        // Benchmarks, run in release mode: `swift build -c release && .build/release/setara-bench records`.
        .executableTarget(
            name: "setara-bench",
            dependencies: ["SetaraDomain", "SetaraCatalog", "SetaraStore", "SetaraKit", "SetaraMatching",
                           "SetaraSpeech", "SetaraVoice", "SetaraApp",
                           .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .testTarget(name: "SetaraDomainTests", dependencies: ["SetaraDomain"], swiftSettings: strict),
        .testTarget(name: "SetaraMatchingTests", dependencies: ["SetaraMatching", "SetaraCatalog", "SetaraDomain"], swiftSettings: strict),
        .testTarget(name: "SetaraCatalogTests", dependencies: ["SetaraCatalog", "SetaraDomain"], swiftSettings: strict),
        .testTarget(
            name: "SetaraStoreTests",
            dependencies: ["SetaraStore", "SetaraDomain", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .testTarget(
            name: "SetaraKitTests",
            dependencies: ["SetaraKit", "SetaraStore", "SetaraCatalog", "SetaraDomain",
                           .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strict),
        .testTarget(name: "SetaraAppTests", dependencies: ["SetaraApp", "SetaraStore", "SetaraDomain", "SetaraCatalog", "SetaraKit"],
                    swiftSettings: strict),
        .testTarget(name: "SetaraSpeechTests", dependencies: ["SetaraSpeech", "SetaraDomain"], swiftSettings: strict),
        .testTarget(
            name: "SetaraVoiceTests",
            dependencies: ["SetaraVoice", "SetaraSpeech", "SetaraStore", "SetaraDomain"],
            swiftSettings: strict),
        .testTarget(
            name: "SetaraWebTests",
            dependencies: [
                "SetaraWeb", "SetaraApp", "SetaraStore", "SetaraDomain",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict),
        // Runs the built `setara` program as a user would; `swift test` builds it first.
        .testTarget(name: "SetaraCLITests", dependencies: ["SetaraDomain"], swiftSettings: strict),
    ]
)
