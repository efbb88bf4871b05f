.class public Lcn/sharesdk/onekeyshare/OnekeyShare;
.super Ljava/lang/Object;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public setTitle(Ljava/lang/String;)V
    .registers 2
    return-void
.end method
.method public setText(Ljava/lang/String;)V
    .registers 2
    return-void
.end method
.method public show(Landroid/content/Context;)V
    .registers 2
    return-void
.end method
