.class public Lcom/tencent/bugly/crashreport/crash/jni/NativeCrashHandler;
.super Ljava/lang/Object;
.method public static getInstance(Landroid/content/Context;)Lcom/tencent/bugly/crashreport/crash/jni/NativeCrashHandler;
    .registers 2
    const/4 v0, 0x0
    return-object v0
.end method
.method protected native regist(Ljava/lang/String;ZI)Ljava/lang/String;
.end method
