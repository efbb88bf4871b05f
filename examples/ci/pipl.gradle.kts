// pytest-pipl as a Gradle task: `./gradlew :app:piplCheck` builds the release APK and checks it against China's
// personal-information rules, failing the build on new violations.
//
// Put this file next to app/build.gradle.kts and apply it there, after the `plugins { }` block:
//
//     apply(from = "pipl.gradle.kts")
//
// Needs python3 with pytest-pipl on the PATH (`python3 -m pip install pytest-pipl`, or a virtualenv activated
// before Gradle starts). See examples/ci/README.md for what each option does.

// The conventional output of `assembleRelease`. Without a release signingConfig Gradle writes
// app-release-unsigned.apk instead: sign the release or change the name here.
val piplApk = layout.buildDirectory.file("outputs/apk/release/app-release.apk")
val piplPolicy = layout.projectDirectory.file("src/main/assets/privacy.html")

tasks.register<Exec>("piplCheck") {
    group = "verification"
    description = "Checks the release APK against China's personal-information rules (pytest-pipl)."

    // Check what ships: the release build (R8, release manifest, release-only SDKs).
    dependsOn("assembleRelease")

    // Run from the root project, so the baseline and the reports sit at the repository root, where CI and
    // reviewers expect them.
    workingDir = rootProject.projectDir

    // The APK and the policy go in as absolute paths, so the task is right whatever the working directory.
    commandLine(
        "python3", "-m", "pytest",
        "--pipl", piplApk.get().asFile.absolutePath,
        "--pipl-policy", piplPolicy.asFile.absolutePath,
        "--pipl-baseline", "pipl-baseline.json",
        "--pipl-sarif", "pipl.sarif",
        "--pipl-json", "pipl.json",
        "--junitxml", "pipl-junit.xml",
        "-p", "no:cacheprovider",
    )
    // pytest exits 1 when a rule fails; Exec then fails the build (isIgnoreExitValue stays false).

    // Rebuild nothing; re-run whenever asked. The reports are always rewritten.
    inputs.file(piplApk)
    inputs.file(piplPolicy).optional()
    outputs.upToDateWhen { false }
}

// To run it with `./gradlew check` as well, uncomment the lines below. `check` then also builds the release
// APK, which is slower than a debug build and needs the release signing set-up (if any) wherever `check` runs.
// Many teams therefore call `./gradlew :app:piplCheck` as a separate CI step instead.
//
// tasks.named("check") {
//     dependsOn("piplCheck")
// }
