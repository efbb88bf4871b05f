.class public Lcom/tencent/bugly/crashreport/CrashReport;
.super Ljava/lang/Object;
.method public static initCrashReport(Landroid/content/Context;Ljava/lang/String;Z)V
    .registers 3
    return-void
.end method
