// swift-tools-version: 6.1
// A separate package so that the listed CSV packages are built only for this comparison,
// never into SameSide. Run from this folder:
//   swift build -c release && for r in sameside csvswift swiftcsv; do .build/release/csv-readers-bench $r; done
import PackageDescription

let package = Package(
    name: "CSVReaders",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "SameSide", path: "../.."),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
    ],
    targets: [
        .executableTarget(
            name: "csv-readers-bench",
            dependencies: [
                .product(name: "SameSideCore", package: "SameSide"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        )
    ]
)
