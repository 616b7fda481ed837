// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SameSide",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sameside", targets: ["sameside"]),
        .library(name: "SameSideCore", targets: ["SameSideCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/vapor/sql-kit", exact: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", exact: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", exact: "2.17.0"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        .target(
            name: "SameSideCore",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .target(
            name: "SameSideStore",
            dependencies: [
                "SameSideCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .target(
            name: "SameSideApp",
            dependencies: ["SameSideCore", "SameSideStore", .product(name: "Yams", package: "Yams")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "sameside",
            dependencies: [
                "SameSideApp",
                "SameSideCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "sameside-import-bench",
            path: "Benchmarks/ImportBenchmark",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "SameSideCoreTests",
            dependencies: [
                "SameSideCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "SameSideStoreTests",
            dependencies: [
                "SameSideCore", "SameSideStore", "SameSideApp",
                // Only to create and drop a scratch database per test; the store itself hides the driver.
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "SameSideAppTests",
            dependencies: ["SameSideCore", "SameSideStore", "SameSideApp"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "SameSideCLITests",
            dependencies: ["SameSideCore", "SameSideStore", "SameSideApp", "sameside"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
