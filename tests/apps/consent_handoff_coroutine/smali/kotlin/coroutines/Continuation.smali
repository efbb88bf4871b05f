.class public interface abstract Lkotlin/coroutines/Continuation;
.super Ljava/lang/Object;
.source "Continuation.kt"


# virtual methods
.method public abstract getContext()Lkotlin/coroutines/CoroutineContext;
.end method

.method public abstract resumeWith(Ljava/lang/Object;)V
.end method
