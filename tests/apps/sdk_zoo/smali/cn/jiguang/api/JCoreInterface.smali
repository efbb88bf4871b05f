.class public Lcn/jiguang/api/JCoreInterface;
.super Ljava/lang/Object;
.method public static setWakeEnable(Landroid/content/Context;Z)V
    .registers 2
    return-void
.end method
.method public static native getNativeVersion()Ljava/lang/String;
.end method
