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
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        .target(
            name: "SameSideCore",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "sameside",
            dependencies: [
                "SameSideCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
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
            name: "SameSideCLITests",
            dependencies: ["SameSideCore", "sameside"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
