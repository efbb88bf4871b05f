.class public interface abstract Lcom/tencent/tauth/IUiListener;
.super Ljava/lang/Object;
.source "SourceFile"


# virtual methods
.method public abstract onCancel()V
.end method

.method public abstract onComplete(Ljava/lang/Object;)V
.end method
