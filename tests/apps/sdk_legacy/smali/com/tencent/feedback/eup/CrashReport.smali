.class public Lcom/tencent/feedback/eup/CrashReport;
.super Ljava/lang/Object;
.method public static initCrashReport(Landroid/content/Context;Z)V
    .registers 2
    invoke-static {p0}, Lcom/tencent/feedback/eup/jni/NativeExceptionUpload;->loadRQDNativeLib(Landroid/content/Context;)Z
    return-void
.end method
.method public static setUserId(Landroid/content/Context;Ljava/lang/String;)V
    .registers 2
    return-void
.end method
