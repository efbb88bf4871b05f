.class public Lcn/jpush/android/api/JPushInterface;
.super Ljava/lang/Object;
.method public static setDebugMode(Z)V
    .registers 1
    return-void
.end method
.method public static init(Landroid/content/Context;)V
    .registers 1
    return-void
.end method
