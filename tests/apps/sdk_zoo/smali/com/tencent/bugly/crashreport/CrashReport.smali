.class public Lcom/tencent/bugly/crashreport/CrashReport;
.super Ljava/lang/Object;
.method public static initCrashReport(Landroid/content/Context;Ljava/lang/String;ZLcom/tencent/bugly/crashreport/CrashReport$UserStrategy;)V
    .registers 5
    sget-object v0, Landroid/os/Build;->MODEL:Ljava/lang/String;
    invoke-static {p0}, Lcom/tencent/bugly/crashreport/crash/jni/NativeCrashHandler;->getInstance(Landroid/content/Context;)Lcom/tencent/bugly/crashreport/crash/jni/NativeCrashHandler;
    return-void
.end method
.method public static setUserId(Ljava/lang/String;)V
    .registers 1
    return-void
.end method
