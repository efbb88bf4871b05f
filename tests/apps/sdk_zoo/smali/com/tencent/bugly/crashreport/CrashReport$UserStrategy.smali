.class public Lcom/tencent/bugly/crashreport/CrashReport$UserStrategy;
.super Ljava/lang/Object;
.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public setAppChannel(Ljava/lang/String;)Lcom/tencent/bugly/crashreport/CrashReport$UserStrategy;
    .registers 3
    const/4 v0, 0x0
    return-object v0
.end method
