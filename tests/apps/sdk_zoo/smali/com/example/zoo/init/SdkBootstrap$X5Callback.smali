.class final Lcom/example/zoo/init/SdkBootstrap$X5Callback;
.super Ljava/lang/Object;
.source "SdkBootstrap.java"
.implements Lcom/tencent/smtt/sdk/QbSdk$PreInitCallback;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public onCoreInitFinished()V
    .registers 1
    return-void
.end method
.method public onViewInitFinished(Z)V
    .registers 2
    return-void
.end method
