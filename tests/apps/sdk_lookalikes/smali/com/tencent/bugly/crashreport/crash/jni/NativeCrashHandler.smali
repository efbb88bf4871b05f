.class public Lcom/tencent/bugly/crashreport/crash/jni/NativeCrashHandler;
.super Ljava/lang/Object;
.method protected native regist(Ljava/lang/String;ZI)Ljava/lang/String;
.end method
