.class public La/a/a/a;
.super Ljava/lang/Object;
.method public static a(Landroid/content/Context;Ljava/lang/String;ZLa/a/a/a$a;)V
    .registers 5
    invoke-static {p0}, La/a/a/b;->a(Landroid/content/Context;)Ljava/lang/String;
    invoke-static {p0}, Lcom/tencent/bugly/crashreport/crash/jni/NativeCrashHandler;->getInstance(Landroid/content/Context;)Lcom/tencent/bugly/crashreport/crash/jni/NativeCrashHandler;
    return-void
.end method
