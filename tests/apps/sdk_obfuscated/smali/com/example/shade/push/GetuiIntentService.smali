.class public Lcom/example/shade/push/GetuiIntentService;
.super Lcom/igexin/sdk/GTIntentService;
.source "SourceFile"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lcom/igexin/sdk/GTIntentService;-><init>()V
    return-void
.end method
.method public onReceiveClientId(Landroid/content/Context;Ljava/lang/String;)V
    .registers 3
    return-void
.end method
